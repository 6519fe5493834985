namespace Mooncake.Rules.Testing;

/// <summary>A rule failed one of <see cref="RuleTester"/>'s checks; the message says which, where and by how much.</summary>
public sealed class RuleTestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleTestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public RuleTestException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
