using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo ChunkBaseHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ChunkBase))!;

    private static readonly MethodInfo UnsafeAddNative = typeof(Unsafe).GetMethods()
        .Single(m => m.Name == nameof(Unsafe.Add) && m.GetParameters() is [{ ParameterType.IsByRef: true }, { ParameterType: var offset }] && offset == typeof(nint));

    // The element accesses that address their chunk from a cached block reference (ChunkBases),
    // with the variable whose reference they use, and that reference's local (a ref TChunk) per variable.
    private readonly Dictionary<Variable, LocalBuilder> _chunkBases = [];
    private Dictionary<Operation, Variable> _chunkRoots = new(ReferenceEqualityComparer.Instance);

    // Declares a block reference per array variable that element accesses read, and sets those of
    // the arguments; locals get theirs at each store (RefreshChunkBase). Runs before the first block.
    private void DeclareChunkBases()
    {
        if (!Enabled(CompilerOptions.ChunkBases))
        {
            return;
        }

        _chunkRoots = ChunkBases.Find(_method, HoldsChunkBase);
        foreach (Variable variable in _chunkRoots.Values.Distinct())
        {
            Type chunk = _slots[variable].Tangent!.Value.Type.GetGenericArguments()[0];
            _chunkBases[variable] = DeclareLocal(chunk.MakeByRefType());
            if (variable.Kind == VariableKind.Argument)
            {
                RefreshChunkBase(variable);
            }
        }
    }

    // An argument or local can keep a block reference if it holds an array tangent and every store
    // to it is a starg/stloc the emitter sees (its address is never taken).
    private bool HoldsChunkBase(Variable variable) =>
        variable.Kind is VariableKind.Argument or VariableKind.Local
        && _slots[variable].Tangent is { Type: { IsGenericType: true } tangent }
        && tangent.GetGenericTypeDefinition() == typeof(ArrayTangent<,>)
        && !(_addressTaken ??= LocalValueNumbering.AddressTaken(_method)).Contains(variable);

    // After a store to variable (stloc, starg): its block reference follows the new tangent.
    private void RefreshChunkBase(Variable variable)
    {
        if (_chunkBases.TryGetValue(variable, out LocalBuilder? local))
        {
            Type tangent = _slots[variable].Tangent!.Value.Type;
            LoadPrimal(variable);
            LoadTangent(variable, tangent);
            _il.Emit(OpCodes.Call, ChunkBaseHelper.MakeGenericMethod(tangent.GetGenericArguments()));
            _il.Emit(OpCodes.Stloc, local);
        }
    }

    // ref Unsafe.Add(ref base, (nuint)index) for an access ChunkBases assigned a variable whose
    // tangent has the access's type; false otherwise (the caller loads the block from the tangent).
    // The index is widened as unsigned: the primal access has found it within the array, so it is
    // not negative, and the JIT drops the zero extension of a 32-bit register, where it sign-extends.
    private bool TryLoadCachedChunkAddress(Operation operation)
    {
        if (CachedChunkBase(operation) is not { } local)
        {
            return false;
        }

        _il.Emit(OpCodes.Ldloc, local);
        LoadPrimal(operation.Inputs[1]);
        _il.Emit(OpCodes.Conv_U);
        _il.Emit(OpCodes.Call, UnsafeAddNative.MakeGenericMethod(_slots[operation.Inputs[0]].Tangent!.Value.Type.GetGenericArguments()[0]));
        return true;
    }

    private bool HasCachedChunkAddress(Operation operation) => CachedChunkBase(operation) is not null;

    // The block reference local an element access addresses its chunk from, or null.
    private LocalBuilder? CachedChunkBase(Operation operation) =>
        _chunkRoots.TryGetValue(operation, out Variable? variable)
        && _chunkBases.TryGetValue(variable, out LocalBuilder? local)
        && _slots[operation.Inputs[0]].Tangent is { } tangent
        && tangent.Type == _slots[variable].Tangent!.Value.Type
            ? local
            : null;
}
