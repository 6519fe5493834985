namespace Mooncake.Tangents;

/// <summary>
/// The tangent of a <c>ValueTuple</c> of 2 elements: field <c>ItemK</c> holds the tangent of the
/// tuple's <c>ItemK</c>, so the chunks stay at the leaves.
/// </summary>
/// <typeparam name="T1">The tangent type of element 1.</typeparam>
/// <typeparam name="T2">The tangent type of element 2.</typeparam>
public struct TupleTangent<T1, T2>
{
    /// <summary>The tangent of element 1.</summary>
    public T1 Item1;

    /// <summary>The tangent of element 2.</summary>
    public T2 Item2;

    /// <summary>Builds the tuple tangent from the tangents of the elements.</summary>
    public TupleTangent(T1 item1, T2 item2)
    {
        Item1 = item1;
        Item2 = item2;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => $"({Item1}, {Item2})";
}

/// <summary>
/// The tangent of a <c>ValueTuple</c> of 3 elements: field <c>ItemK</c> holds the tangent of the
/// tuple's <c>ItemK</c>, so the chunks stay at the leaves.
/// </summary>
/// <typeparam name="T1">The tangent type of element 1.</typeparam>
/// <typeparam name="T2">The tangent type of element 2.</typeparam>
/// <typeparam name="T3">The tangent type of element 3.</typeparam>
public struct TupleTangent<T1, T2, T3>
{
    /// <summary>The tangent of element 1.</summary>
    public T1 Item1;

    /// <summary>The tangent of element 2.</summary>
    public T2 Item2;

    /// <summary>The tangent of element 3.</summary>
    public T3 Item3;

    /// <summary>Builds the tuple tangent from the tangents of the elements.</summary>
    public TupleTangent(T1 item1, T2 item2, T3 item3)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => $"({Item1}, {Item2}, {Item3})";
}

/// <summary>
/// The tangent of a <c>ValueTuple</c> of 4 elements: field <c>ItemK</c> holds the tangent of the
/// tuple's <c>ItemK</c>, so the chunks stay at the leaves.
/// </summary>
/// <typeparam name="T1">The tangent type of element 1.</typeparam>
/// <typeparam name="T2">The tangent type of element 2.</typeparam>
/// <typeparam name="T3">The tangent type of element 3.</typeparam>
/// <typeparam name="T4">The tangent type of element 4.</typeparam>
public struct TupleTangent<T1, T2, T3, T4>
{
    /// <summary>The tangent of element 1.</summary>
    public T1 Item1;

    /// <summary>The tangent of element 2.</summary>
    public T2 Item2;

    /// <summary>The tangent of element 3.</summary>
    public T3 Item3;

    /// <summary>The tangent of element 4.</summary>
    public T4 Item4;

    /// <summary>Builds the tuple tangent from the tangents of the elements.</summary>
    public TupleTangent(T1 item1, T2 item2, T3 item3, T4 item4)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
        Item4 = item4;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => $"({Item1}, {Item2}, {Item3}, {Item4})";
}

/// <summary>
/// The tangent of a <c>ValueTuple</c> of 5 elements: field <c>ItemK</c> holds the tangent of the
/// tuple's <c>ItemK</c>, so the chunks stay at the leaves.
/// </summary>
/// <typeparam name="T1">The tangent type of element 1.</typeparam>
/// <typeparam name="T2">The tangent type of element 2.</typeparam>
/// <typeparam name="T3">The tangent type of element 3.</typeparam>
/// <typeparam name="T4">The tangent type of element 4.</typeparam>
/// <typeparam name="T5">The tangent type of element 5.</typeparam>
public struct TupleTangent<T1, T2, T3, T4, T5>
{
    /// <summary>The tangent of element 1.</summary>
    public T1 Item1;

    /// <summary>The tangent of element 2.</summary>
    public T2 Item2;

    /// <summary>The tangent of element 3.</summary>
    public T3 Item3;

    /// <summary>The tangent of element 4.</summary>
    public T4 Item4;

    /// <summary>The tangent of element 5.</summary>
    public T5 Item5;

    /// <summary>Builds the tuple tangent from the tangents of the elements.</summary>
    public TupleTangent(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
        Item4 = item4;
        Item5 = item5;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => $"({Item1}, {Item2}, {Item3}, {Item4}, {Item5})";
}

/// <summary>
/// The tangent of a <c>ValueTuple</c> of 6 elements: field <c>ItemK</c> holds the tangent of the
/// tuple's <c>ItemK</c>, so the chunks stay at the leaves.
/// </summary>
/// <typeparam name="T1">The tangent type of element 1.</typeparam>
/// <typeparam name="T2">The tangent type of element 2.</typeparam>
/// <typeparam name="T3">The tangent type of element 3.</typeparam>
/// <typeparam name="T4">The tangent type of element 4.</typeparam>
/// <typeparam name="T5">The tangent type of element 5.</typeparam>
/// <typeparam name="T6">The tangent type of element 6.</typeparam>
public struct TupleTangent<T1, T2, T3, T4, T5, T6>
{
    /// <summary>The tangent of element 1.</summary>
    public T1 Item1;

    /// <summary>The tangent of element 2.</summary>
    public T2 Item2;

    /// <summary>The tangent of element 3.</summary>
    public T3 Item3;

    /// <summary>The tangent of element 4.</summary>
    public T4 Item4;

    /// <summary>The tangent of element 5.</summary>
    public T5 Item5;

    /// <summary>The tangent of element 6.</summary>
    public T6 Item6;

    /// <summary>Builds the tuple tangent from the tangents of the elements.</summary>
    public TupleTangent(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
        Item4 = item4;
        Item5 = item5;
        Item6 = item6;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => $"({Item1}, {Item2}, {Item3}, {Item4}, {Item5}, {Item6})";
}

/// <summary>
/// The tangent of a <c>ValueTuple</c> of 7 elements: field <c>ItemK</c> holds the tangent of the
/// tuple's <c>ItemK</c>, so the chunks stay at the leaves.
/// </summary>
/// <typeparam name="T1">The tangent type of element 1.</typeparam>
/// <typeparam name="T2">The tangent type of element 2.</typeparam>
/// <typeparam name="T3">The tangent type of element 3.</typeparam>
/// <typeparam name="T4">The tangent type of element 4.</typeparam>
/// <typeparam name="T5">The tangent type of element 5.</typeparam>
/// <typeparam name="T6">The tangent type of element 6.</typeparam>
/// <typeparam name="T7">The tangent type of element 7.</typeparam>
public struct TupleTangent<T1, T2, T3, T4, T5, T6, T7>
{
    /// <summary>The tangent of element 1.</summary>
    public T1 Item1;

    /// <summary>The tangent of element 2.</summary>
    public T2 Item2;

    /// <summary>The tangent of element 3.</summary>
    public T3 Item3;

    /// <summary>The tangent of element 4.</summary>
    public T4 Item4;

    /// <summary>The tangent of element 5.</summary>
    public T5 Item5;

    /// <summary>The tangent of element 6.</summary>
    public T6 Item6;

    /// <summary>The tangent of element 7.</summary>
    public T7 Item7;

    /// <summary>Builds the tuple tangent from the tangents of the elements.</summary>
    public TupleTangent(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
        Item4 = item4;
        Item5 = item5;
        Item6 = item6;
        Item7 = item7;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => $"({Item1}, {Item2}, {Item3}, {Item4}, {Item5}, {Item6}, {Item7})";
}
