using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Rebuilds a method's protected regions in a derived rule: at each block boundary it ends the
/// regions that end there (innermost first), begins those that start there (outermost first),
/// and begins handlers, through <see cref="ILGenerator"/>'s exception-block calls. The original
/// <c>leave</c> and <c>endfinally</c> instructions are emitted as written; the ones
/// <see cref="ILGenerator"/> adds after them are unreachable.
/// </summary>
internal sealed class ExceptionRegions
{
    private readonly List<(int Offset, int Order, Action<ILGenerator> Emit)> _events = [];
    private readonly HashSet<int> _handlerStarts = [];
    private int _next;

    private ExceptionRegions()
    {
    }

    /// <summary>The region events of <paramref name="clauses"/>.</summary>
    public static ExceptionRegions Of(IReadOnlyList<ExceptionHandlingClause> clauses)
    {
        var regions = new ExceptionRegions();
        foreach (var tryRegion in clauses.GroupBy(c => (c.TryOffset, c.TryLength)))
        {
            int end = tryRegion.Max(c => c.HandlerOffset + c.HandlerLength);
            int length = end - tryRegion.Key.TryOffset;

            // Ends before begins at one offset, inner regions ending first and outer ones beginning first.
            regions._events.Add((end, 0 + length, il => il.EndExceptionBlock()));
            regions._events.Add((tryRegion.Key.TryOffset, 1_000_000_000 - length, il => il.BeginExceptionBlock()));
            foreach (ExceptionHandlingClause clause in tryRegion)
            {
                int handlerOrder = 2_000_000_000;
                switch (clause.Flags)
                {
                    case ExceptionHandlingClauseOptions.Clause:
                        regions._events.Add((clause.HandlerOffset, handlerOrder, il => il.BeginCatchBlock(clause.CatchType!)));
                        regions._handlerStarts.Add(clause.HandlerOffset);
                        break;
                    case ExceptionHandlingClauseOptions.Filter:
                        regions._events.Add((clause.FilterOffset, handlerOrder, il => il.BeginExceptFilterBlock()));
                        regions._events.Add((clause.HandlerOffset, handlerOrder, il => il.BeginCatchBlock(null)));
                        regions._handlerStarts.Add(clause.FilterOffset);
                        regions._handlerStarts.Add(clause.HandlerOffset);
                        break;
                    case ExceptionHandlingClauseOptions.Finally:
                        regions._events.Add((clause.HandlerOffset, handlerOrder, il => il.BeginFinallyBlock()));
                        break;
                    default:
                        regions._events.Add((clause.HandlerOffset, handlerOrder, il => il.BeginFaultBlock()));
                        break;
                }
            }
        }

        regions._events.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Order.CompareTo(b.Order));
        return regions;
    }

    /// <summary>Whether a catch handler or filter (which start with the exception on the stack) starts at <paramref name="offset"/>.</summary>
    public bool IsHandlerStart(int offset) => _handlerStarts.Contains(offset);

    /// <summary>Emits the region events at offsets up to <paramref name="offset"/>.</summary>
    public void EmitBoundaries(ILGenerator il, int offset)
    {
        while (_next < _events.Count && _events[_next].Offset <= offset)
        {
            _events[_next].Emit(il);
            _next++;
        }
    }
}
