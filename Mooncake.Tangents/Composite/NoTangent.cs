namespace Mooncake.Tangents;

/// <summary>
/// The tangent of a value that cannot carry a derivative: integers, booleans, enums, characters,
/// strings, and structs or sealed classes made only of such values. It is empty; every
/// operation of the tangent interface on it is trivial.
/// </summary>
public readonly struct NoTangent : IEquatable<NoTangent>
{
    /// <summary>The only value.</summary>
    public static NoTangent Value => default;

    /// <summary>All <see cref="NoTangent"/> values are equal.</summary>
    public bool Equals(NoTangent other) => true;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NoTangent;

    /// <inheritdoc/>
    public override int GetHashCode() => 0;

    /// <inheritdoc/>
    public override string ToString() => nameof(NoTangent);

    /// <summary>Always true.</summary>
    public static bool operator ==(NoTangent left, NoTangent right) => true;

    /// <summary>Always false.</summary>
    public static bool operator !=(NoTangent left, NoTangent right) => false;
}
