using System.Collections.Concurrent;
using System.Reflection;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for <see cref="Parallel.For(int, int, Action{int})"/>, <see cref="Parallel.Invoke(Action[])"/> and
/// <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, Action{TSource})"/> over index ranges
/// (what MathNet's matrix products and QR run through <c>CommonParallel.For</c>): the loop runs in
/// parallel as the primal's does, each iteration running the body's derived rule (found through
/// the dispatch cache, with the body's target tangent), so the iterations write the tangents of the
/// elements they write. Iterations that write disjoint elements, as a correct parallel primal
/// does, give the tangents of a sequential run.
/// </summary>
/// <remarks>
/// The workers share the calling thread's pass (<see cref="PassScope.Share"/>): an object that
/// reaches the body without a tangent gets one zero tangent for every thread. The items of these
/// loops are indices or ranges of indices, which carry no derivative; a loop over values that carry
/// derivatives goes through the BCL's code and is refused there.
/// </remarks>
public static class ParallelRules
{
    private static readonly ConcurrentDictionary<(Type Item, CompilerOptions Options), int> Sites = new();
    private static readonly ParallelOptions DefaultOptions = new();

    /// <summary>The rule of <see cref="Parallel.For(int, int, Action{int})"/>.</summary>
    [FRule(typeof(Parallel), nameof(Parallel.For), typeof(int), typeof(int), typeof(Action<int>))]
    public static ParallelLoopResult For<TChunk>(int fromInclusive, int toExclusive, Dual<Action<int>, object> body)
        where TChunk : struct, IChunk<TChunk, double>
        => For<TChunk>(fromInclusive, toExclusive, DefaultOptions, body);

    /// <summary>The rule of <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>.</summary>
    [FRule(typeof(Parallel), nameof(Parallel.For), typeof(int), typeof(int), typeof(ParallelOptions), typeof(Action<int>))]
    public static ParallelLoopResult For<TChunk>(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Dual<Action<int>, object> body)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(body.Primal, nameof(body));
        ArgumentNullException.ThrowIfNull(parallelOptions);
        Action<object?, object?, int> rule = BodyRule<int, TChunk>(body.Primal);
        object? target = Dispatch.Target(body.Primal), tangent = body.Tangent;
        using PassScope.Shared shared = PassScope.Share();
        return Parallel.For(
            fromInclusive,
            toExclusive,
            parallelOptions,
            () => PassScope.Join(shared),
            (i, _, worker) =>
            {
                rule(target, tangent, i);
                return worker;
            },
            PassScope.Leave);
    }

    /// <summary>The rule of <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, Action{TSource})"/> over index ranges (<see cref="Partitioner.Create(int, int)"/>).</summary>
    [FRule(typeof(Parallel), nameof(Parallel.ForEach), typeof(Partitioner<GenericParameter.T0>), typeof(Action<GenericParameter.T0>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(Tuple<int, int>) })]
    public static ParallelLoopResult ForEach<TChunk>(Dual<Partitioner<Tuple<int, int>>, object> source, Dual<Action<Tuple<int, int>>, object> body)
        where TChunk : struct, IChunk<TChunk, double>
        => ForEach<TChunk>(source, DefaultOptions, body);

    /// <summary>The rule of <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, ParallelOptions, Action{TSource})"/> over index ranges.</summary>
    [FRule(typeof(Parallel), nameof(Parallel.ForEach), typeof(Partitioner<GenericParameter.T0>), typeof(ParallelOptions), typeof(Action<GenericParameter.T0>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(Tuple<int, int>) })]
    public static ParallelLoopResult ForEach<TChunk>(Dual<Partitioner<Tuple<int, int>>, object> source, ParallelOptions parallelOptions, Dual<Action<Tuple<int, int>>, object> body)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(source.Primal, nameof(source));
        ArgumentNullException.ThrowIfNull(body.Primal, nameof(body));
        ArgumentNullException.ThrowIfNull(parallelOptions);
        Action<object?, object?, Tuple<int, int>> rule = BodyRule<Tuple<int, int>, TChunk>(body.Primal);
        object? target = Dispatch.Target(body.Primal), tangent = body.Tangent;
        using PassScope.Shared shared = PassScope.Share();
        return Parallel.ForEach(
            source.Primal,
            parallelOptions,
            () => PassScope.Join(shared),
            (range, _, worker) =>
            {
                rule(target, tangent, range);
                return worker;
            },
            PassScope.Leave);
    }

    /// <summary>The rule of <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/> over indices.</summary>
    [FRule(typeof(Parallel), nameof(Parallel.ForEach), typeof(IEnumerable<GenericParameter.T0>), typeof(Action<GenericParameter.T0>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(int) })]
    public static ParallelLoopResult ForEach<TChunk>(Dual<IEnumerable<int>, object> source, Dual<Action<int>, object> body)
        where TChunk : struct, IChunk<TChunk, double>
        => ForEach<TChunk>(source, DefaultOptions, body);

    /// <summary>The rule of <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/> over indices.</summary>
    [FRule(typeof(Parallel), nameof(Parallel.ForEach), typeof(IEnumerable<GenericParameter.T0>), typeof(ParallelOptions), typeof(Action<GenericParameter.T0>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(int) })]
    public static ParallelLoopResult ForEach<TChunk>(Dual<IEnumerable<int>, object> source, ParallelOptions parallelOptions, Dual<Action<int>, object> body)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(source.Primal, nameof(source));
        ArgumentNullException.ThrowIfNull(body.Primal, nameof(body));
        ArgumentNullException.ThrowIfNull(parallelOptions);
        Action<object?, object?, int> rule = BodyRule<int, TChunk>(body.Primal);
        object? target = Dispatch.Target(body.Primal), tangent = body.Tangent;
        using PassScope.Shared shared = PassScope.Share();
        return Parallel.ForEach(
            source.Primal,
            parallelOptions,
            () => PassScope.Join(shared),
            (i, _, worker) =>
            {
                rule(target, tangent, i);
                return worker;
            },
            PassScope.Leave);
    }

    /// <summary>The rule of <see cref="Parallel.Invoke(Action[])"/>: each action's derived rule, in parallel.</summary>
    [FRule(typeof(Parallel), nameof(Parallel.Invoke), typeof(Action[]))]
    public static void Invoke<TChunk>(Dual<Action[], object[]> actions)
        where TChunk : struct, IChunk<TChunk, double>
        => Invoke<TChunk>(DefaultOptions, actions);

    /// <summary>
    /// The rule of <see cref="Parallel.Invoke(ParallelOptions, Action[])"/> (MathNet's Cholesky
    /// step): each action's derived rule, with the tangent of its target, in parallel.
    /// </summary>
    [FRule(typeof(Parallel), nameof(Parallel.Invoke), typeof(ParallelOptions), typeof(Action[]))]
    public static void Invoke<TChunk>(ParallelOptions parallelOptions, Dual<Action[], object[]> actions)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(parallelOptions);
        ArgumentNullException.ThrowIfNull(actions.Primal, nameof(actions));
        MethodInfo invoke = typeof(Action).GetMethod(nameof(Action.Invoke))!;
        int site = Sites.GetOrAdd((typeof(Action), CompilerSettings.Current), key => Dispatch.Register(invoke, key.Options, ArgumentActivity.AllActive));
        int width = Dispatch.WidthIndex(ChunkWidth.Of<TChunk>());
        var derived = new Action[actions.Primal.Length];
        for (int i = 0; i < derived.Length; i++)
        {
            // The BCL's check: a null action is an argument error, before any action runs.
            Action action = actions.Primal[i] ?? throw new ArgumentException("One of the actions was null.", nameof(actions));
            var rule = (Action<object?, object?>)Dispatch.Invoke(action, site, width);
            object? target = Dispatch.Target(action), tangent = actions.Tangent?[i];
            derived[i] = () => rule(target, tangent);
        }

        PassScope.Shared shared = PassScope.Share();
        try
        {
            Parallel.Invoke(parallelOptions, [.. derived.Select<Action, Action>(run => () =>
            {
                PassScope.Worker worker = PassScope.Join(shared);
                try
                {
                    run();
                }
                finally
                {
                    PassScope.Leave(worker);
                }
            })]);
        }
        finally
        {
            shared.Dispose();
        }
    }

    // The body's derived rule as the dispatch cache builds it for a call site of
    // Action<TItem>.Invoke (the delegate's target and its tangent, then the item): the item is
    // held constant there, an index or a range carrying no derivative.
    private static Action<object?, object?, TItem> BodyRule<TItem, TChunk>(Action<TItem> body)
        where TChunk : struct, IChunk<TChunk, double>
    {
        MethodInfo invoke = typeof(Action<TItem>).GetMethod(nameof(Action<TItem>.Invoke))!;
        CompilerOptions options = CompilerSettings.Current;
        ArgumentActivity activity = ArgumentActivity.AllActive.WithConstant(1);
        int site = Sites.GetOrAdd((typeof(TItem), options), key => Dispatch.Register(invoke, key.Options, activity));
        return (Action<object?, object?, TItem>)Dispatch.Invoke(body, site, Dispatch.WidthIndex(ChunkWidth.Of<TChunk>()));
    }
}
