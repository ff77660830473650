using System.CommandLine;

namespace PlanAct.Console.Cli;

/// <summary>Options and helpers shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>
    /// Lets a command accept configuration overrides such as <c>--PlanAct:Planner:Model=x</c>: they are not
    /// options of the command, so they arrive as unmatched tokens and are passed to the configuration.
    /// </summary>
    public static T AcceptConfigurationOverrides<T>(this T command)
        where T : Command
    {
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>The unmatched tokens that look like configuration overrides; others are reported as errors.</summary>
    public static (IReadOnlyList<string> Overrides, IReadOnlyList<string> Unknown) SplitOverrides(ParseResult parse)
    {
        var overrides = new List<string>();
        var unknown = new List<string>();
        foreach (var token in parse.UnmatchedTokens)
        {
            (token.StartsWith("--PlanAct:", StringComparison.OrdinalIgnoreCase) || token.StartsWith("/PlanAct:", StringComparison.OrdinalIgnoreCase) ? overrides : unknown).Add(token);
        }

        return (overrides, unknown);
    }
}
