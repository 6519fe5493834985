using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>Where an emitted value lives: a local of the derived rule or one of its parameters.</summary>
internal readonly record struct Place(LocalBuilder? Local, int Parameter, Type Type)
{
    /// <summary>A local.</summary>
    public static Place Of(LocalBuilder local) => new(local, -1, local.LocalType);

    /// <summary>A parameter.</summary>
    public static Place OfParameter(int index, Type type) => new(null, index, type);

    /// <summary>Pushes the value.</summary>
    public void Load(ILGenerator il)
    {
        if (Local is not null)
        {
            il.Emit(OpCodes.Ldloc, Local);
        }
        else
        {
            il.Emit(OpCodes.Ldarg, Parameter);
        }
    }

    /// <summary>Pops a value into this place.</summary>
    public void Store(ILGenerator il)
    {
        if (Local is not null)
        {
            il.Emit(OpCodes.Stloc, Local);
        }
        else
        {
            il.Emit(OpCodes.Starg, Parameter);
        }
    }

    /// <summary>Pushes the address of this place.</summary>
    public void LoadAddress(ILGenerator il)
    {
        if (Local is not null)
        {
            il.Emit(OpCodes.Ldloca, Local);
        }
        else
        {
            il.Emit(OpCodes.Ldarga, Parameter);
        }
    }
}
