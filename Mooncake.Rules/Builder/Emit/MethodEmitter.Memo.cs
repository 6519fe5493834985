using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo CurrentMemo = typeof(PrimalMemo).GetProperty(nameof(PrimalMemo.Current))!.GetMethod!;
    private static readonly MethodInfo ApplyMemoised = typeof(MemoisedRules).GetMethod(nameof(MemoisedRules.Apply), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo SinCosMemoised = typeof(MemoisedRules).GetMethod(nameof(MemoisedRules.SinCos), BindingFlags.NonPublic | BindingFlags.Static)!;

    // The thread's PrimalMemo, read once on entry by a method that calls a memoised function on an
    // active double (a thread-static read per call of the method, not per call of the function).
    private LocalBuilder? _memo;

    // Whether the body reads the thread's PrimalMemo: its request runs several passes per call.
    private bool Memo => _request.Memo;

    private void DeclareMemo()
    {
        if (!Memo || !_method.Blocks.SelectMany(b => b.Operations).Any(IsMemoisedCall))
        {
            return;
        }

        _memo = DeclareLocal(typeof(PrimalMemo));
        _il.Emit(OpCodes.Call, CurrentMemo);
        _il.Emit(OpCodes.Stloc, _memo);
    }

    private bool IsMemoisedCall(Operation operation) =>
        operation.Instruction.Operand is MethodInfo callee
        && (operation.Instruction.OpCode == OpCodes.Call || operation.Instruction.OpCode == OpCodes.Callvirt)
        && operation.Inputs is [{ } input] && input.Type == typeof(double) && IsActive(input)
        && RuleRegistry.TryFind(callee, operation.Instruction.Constrained, out Rule? rule) && rule is not null
        && MemoisedFunctions.TryGet(rule.Method, out _);

    // The memoised form of a rule call (the rule closed at this width), with the memo loaded
    // first; null where the rule is not memoised, or the method reads no memo.
    private MethodInfo? LoadMemoFor(Rule rule, MethodInfo closed)
    {
        if (_memo is null || !MemoisedFunctions.TryGet(rule.Method, out Type function))
        {
            return null;
        }

        _il.Emit(OpCodes.Ldloc, _memo);
        return ApplyMemoised.MakeGenericMethod(closed.GetGenericArguments()[0], function);
    }

    // The memoised SinCos of a fused sine/cosine pair over Dual<TChunk>, with the memo loaded first; null without a memo.
    private MethodInfo? LoadMemoForSinCos(Type dual)
    {
        if (_memo is null || dual.GetGenericTypeDefinition() != typeof(Dual<>))
        {
            return null;
        }

        _il.Emit(OpCodes.Ldloc, _memo);
        return SinCosMemoised.MakeGenericMethod(dual.GetGenericArguments()[0]);
    }
}
