using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the members of <see cref="object"/> that numerical code reaches.</summary>
public static class ObjectRules
{
    /// <summary>
    /// The rule of <see cref="object.MemberwiseClone"/> (a class's <c>Copy()</c> or <c>Clone()</c>
    /// written as <c>(T)MemberwiseClone()</c>): the clone gets a shallow copy of the tangent, as it
    /// gets a shallow copy of the fields. A field that refers to an array or an object is shared by
    /// the clone and the original, and so is that field's tangent; a number or struct field is
    /// copied, and so is its tangent. A zero tangent (null) stays zero.
    /// </summary>
    [FRule(typeof(object), "MemberwiseClone", ReadOnly = [0])]
    public static Dual<object, object> MemberwiseClone(Dual<object, object> self)
    {
        object clone = Clone(self.Primal);
        return new(clone, self.Tangent is null ? null! : Clone(self.Tangent));
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "MemberwiseClone")]
    private static extern object Clone(object self);
}
