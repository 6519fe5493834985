namespace Mooncake.Tangents;

/// <summary>
/// What several <see cref="TangentSpace.Zero(object?, TangentMemo)"/> calls share: each object
/// reached maps to the one tangent built for it first, so zero tangents built for several roots
/// keep the aliasing between the roots (an object holding an array that a static field also holds
/// gets, as the tangent of that field, the array's one tangent).
/// </summary>
public sealed class TangentMemo
{
    internal TangentContext Context { get; private set; } = new();

    /// <summary>Forgets every tangent built so far.</summary>
    public void Clear() => Context = new();
}
