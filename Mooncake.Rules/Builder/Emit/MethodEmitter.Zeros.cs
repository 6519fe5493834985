using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo ZeroTangentHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ZeroTangent))!;
    private static readonly MethodInfo ConcreteTangentHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ConcreteTangent))!;

    /// <summary>
    /// Gives the active <paramref name="variable"/>, whose primal is already stored, the zero
    /// tangent of that primal: default for a value type; null in a dynamic (object-typed) slot,
    /// where null means zero and a cast to a concrete tangent type materialises it (see
    /// <see cref="LoadConcreteTangent"/>); otherwise the zero tangent of the run-time value (an
    /// array tangent of the primal's length, a class tangent mirroring the object), because code
    /// that writes into the value writes into its tangent too.
    /// </summary>
    private void StoreZeroTangent(Variable variable)
    {
        Type tangent = _slots[variable].Tangent!.Value.Type;
        if (tangent.IsValueType || tangent == typeof(object))
        {
            LoadZero(tangent);
        }
        else
        {
            LoadMaterialisedZero(variable, tangent);
        }

        StoreTangent(variable);
    }

    /// <summary>
    /// With a class tangent of <paramref name="tangentType"/> on the stack, read from a field of a
    /// tangent: where it is null but the primal value in <paramref name="variable"/> is not, the
    /// pass's zero tangent of that value instead. A field of a tangent is null where the object
    /// was stored, or created lazily (a library's cached envelope), while its owner had no tangent
    /// of its own yet: the owner's zero mirrors the object as it was when the zero was made.
    /// </summary>
    private void MaterialiseIfNull(Variable variable, Type tangentType)
    {
        if (tangentType.IsValueType || tangentType == typeof(object))
        {
            return;
        }

        Label done = _il.DefineLabel();
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Brtrue, done);
        _il.Emit(OpCodes.Pop);
        LoadMaterialisedZero(variable, tangentType);
        _il.MarkLabel(done);
    }

    /// <summary>Pushes the zero tangent of <paramref name="variable"/>'s value (a reference), built for the pass and cast to <paramref name="tangent"/>.</summary>
    private void LoadMaterialisedZero(Variable variable, Type tangent)
    {
        MayNeedScope = true;
        LoadPrimal(variable);
        _il.Emit(OpCodes.Ldc_I4, ChunkWidthIndex());
        _il.Emit(OpCodes.Call, ZeroTangentHelper);
        _il.Emit(OpCodes.Castclass, tangent);
    }

    /// <summary>
    /// Pushes the tangent of the reference <paramref name="variable"/> as the concrete tangent type
    /// <paramref name="tangent"/> (after a cast): a dynamic tangent slot may hold null for zero,
    /// which becomes the zero tangent of the run-time value, so that code indexing or writing the
    /// cast value finds a real tangent.
    /// </summary>
    private void LoadConcreteTangent(Variable variable, Type tangent)
    {
        Type slot = TangentSlotType(variable);
        LoadTangent(variable, slot);
        if (slot == typeof(object) && tangent != typeof(object) && !tangent.IsValueType)
        {
            MayNeedScope = true;
            LoadPrimal(variable);
            _il.Emit(OpCodes.Ldc_I4, ChunkWidthIndex());
            _il.Emit(OpCodes.Call, ConcreteTangentHelper);
        }

        if (tangent != slot && !tangent.IsAssignableFrom(slot))
        {
            _il.Emit(tangent.IsValueType ? OpCodes.Unbox_Any : OpCodes.Castclass, tangent);
        }
    }
}
