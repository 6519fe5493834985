using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // Callees at most this long (IL bytes) are inlined, into callers at most this long, and bodies
    // stop inlining past this many bytes of emitted IL. Long callers are left alone: inlining 28
    // polynomial evaluations into MathNet's ErfImp (1.1 KB of IL) made its rule slower (Erf's
    // derivative 22 -> 31-46 ns), as the JIT handles the larger body worse than it saves calls.
    private const int InlineCalleeSize = 96, InlineCallerSize = 256, InlineBudget = 16_000, InlineDepth = 3;

    /// <summary>The methods whose bodies this one is being emitted into (itself included), for inlining: none of them is inlined again.</summary>
    public IReadOnlySet<MethodBase> Enclosing { get; init; } = new HashSet<MethodBase>();

    // A small static callee's derived body emitted at its call site instead of a call of its rule:
    // the JIT never inlines a DynamicMethod, so each call of a derived helper (MathNet's
    // Polynomial.Evaluate, a user's Sq(x)) cost a call with its chunks passed through memory,
    // registers spilled around it, where the primal has the helper inlined. The arguments are copied
    // into locals of the body (which may assign them), each return stores the result into the call's
    // output and jumps past the body, and the body's locals are cleared after it, as a call finds
    // them. The same computation as the call, instruction for instruction, so the same bits.
    private bool TryEmitInlined(Operation operation, MethodBase callee, ArgumentActivity activity)
    {
        if (!_request.Options.HasFlag(CompilerOptions.Inlining) || !IsInlinable(callee) || _il.ILOffset > InlineBudget
            || (Enclosing.Count == 0 && _method.Method.GetMethodBody()?.GetILAsByteArray()?.Length > InlineCallerSize))
        {
            return false;
        }

        RuleRequest request = RuleBuild.Honour(_request.ForCallee(callee, activity, CallSiteDelegates(operation, 0)));
        LiftedMethod lifted = LiftedMethods.Of(callee);
        if (lifted.Clauses.Count > 0 || lifted.Blocks.SelectMany(b => b.Operations).Any(o => o.Instruction.OpCode == OpCodes.Localloc))
        {
            return false;
        }

        SplitSignature signature = SplitSignature.For(callee, _width, request.Activity);
        var primals = new Place[operation.Inputs.Count];
        var tangents = new Place?[operation.Inputs.Count];
        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            Variable input = operation.Inputs[i];
            (int primal, int tangent) = signature.Arguments[i];
            primals[i] = Place.Of(DeclareLocal(signature.Parameters[primal]));
            LoadPrimal(input);
            primals[i].Store(_il);
            if (tangent >= 0)
            {
                tangents[i] = Place.Of(DeclareLocal(signature.Parameters[tangent]));
                LoadTangent(input, signature.Parameters[tangent]);
                tangents[i]!.Value.Store(_il);
            }
        }

        Label end = _il.DefineLabel();
        Variable? output = operation.Output;
        var body = new InlineBody(primals, tangents, (il, loadPrimal, loadTangent) =>
        {
            if (output is not null)
            {
                loadPrimal!();
                StorePrimal(output);
                if (_slots[output].Tangent is { } place)
                {
                    loadTangent!(place.Type);
                    place.Store(il);
                }
            }

            il.Emit(OpCodes.Br, end);
        });
        var inlined = new MethodEmitter(lifted, RuleBuild.ActivityOf(lifted, request), request, _il, signature, _derivedRule)
        {
            Inline = body,
            Enclosing = new HashSet<MethodBase>(Enclosing) { _method.Method, callee },
        };
        inlined.Emit();
        _il.MarkLabel(end);
        foreach (LocalBuilder local in inlined.Locals.Where(l => !l.LocalType.IsByRef))
        {
            // The next run of the body (the call site in a loop) finds them as a call would.
            _il.Emit(OpCodes.Ldloca, local);
            _il.Emit(OpCodes.Initobj, local.LocalType);
        }

        _locals.AddRange(inlined.Locals);
        MayNeedScope |= inlined.MayNeedScope;
        _derivedCallees.UnionWith(inlined.DerivedCallees);
        return true;
    }

    // A static method with a small body of its own, returning by value, taking nothing by
    // reference, not being emitted around this call already (recursion), and not marked NoInlining.
    private bool IsInlinable(MethodBase callee) =>
        callee is MethodInfo { IsStatic: true, ReturnType.IsByRef: false } method
        && !callee.MethodImplementationFlags.HasFlag(MethodImplAttributes.NoInlining)
        && Enclosing.Count < InlineDepth && !Enclosing.Contains(callee) && callee != _method.Method
        && RuleBuild.HasOwnBody(callee)
        && callee.GetMethodBody() is { } body && body.GetILAsByteArray() is { Length: <= InlineCalleeSize }
        && method.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike);
}
