namespace Mooncake.Rules.Builder;

/// <summary>
/// Marks a type of the API whose methods take derivatives (<c>Forward</c>, the prepared plans): a
/// call of one inside differentiated code would differentiate the compiler's own machinery, which
/// the compiler refuses by name (nested differentiation). An attribute, so that the compiler names
/// no API type and the layers point one way (API, compiler, rules, tangents).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class TakesDerivativesAttribute : Attribute;
