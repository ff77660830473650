using System.Reflection;
using PlanAct.Agents.Running;

namespace PlanAct.Agents.Prompts;

/// <summary>Loads the prompts embedded in this assembly (<c>Prompts/**/*.md</c>), or files that replace them.</summary>
public static class PromptLibrary
{
    /// <summary>Reads one embedded prompt.</summary>
    /// <param name="relativePath">Its path under <c>Prompts/</c>, e.g. <c>Planner/system.md</c>.</param>
    /// <returns>The prompt text.</returns>
    /// <exception cref="ArgumentException">No such embedded prompt.</exception>
    public static string ReadEmbedded(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var suffix = ".Prompts." + relativePath.Replace('/', '.').Replace('\\', '.');
        var assembly = typeof(PromptLibrary).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new ArgumentException($"No embedded prompt 'Prompts/{relativePath}'. Embedded: {string.Join(", ", Names(assembly))}.", nameof(relativePath));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Normalize(reader.ReadToEnd());
    }

    /// <summary>Loads the prompts for <paramref name="options"/>, honouring its override paths.</summary>
    /// <param name="options">The agent options.</param>
    /// <returns>The prompt set.</returns>
    public static PromptSet Load(AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rules = string.IsNullOrWhiteSpace(options.PlannerPromptPath) ? ReadEmbedded("Planner/system.md") : ReadFile(options.PlannerPromptPath, nameof(options.PlannerPromptPath));
        var format = ReadEmbedded(options.PlannerStructuredOutput ? "Planner/format-json.md" : "Planner/format-text.md");
        var executor = string.IsNullOrWhiteSpace(options.ExecutorPromptPath)
            ? ReadEmbedded("Executor/" + ExecutorPromptFile(options.ExecutorMode))
            : ReadFile(options.ExecutorPromptPath, nameof(options.ExecutorPromptPath));
        return new PromptSet(rules, format, executor);
    }

    /// <summary>The embedded executor prompt file name for a mode.</summary>
    /// <param name="mode">The executor mode.</param>
    /// <returns>The file name under <c>Prompts/Executor/</c>.</returns>
    public static string ExecutorPromptFile(ExecutorMode mode) => mode switch
    {
        ExecutorMode.Tools => "tools.md",
        ExecutorMode.WebArena => "webarena.md",
        ExecutorMode.WebRL => "webrl.md",
        ExecutorMode.BrowserGym => "browsergym.md",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown executor mode."),
    };

    private static string ReadFile(string path, string field)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{AgentOptions.SectionName}:{field}: prompt file '{path}' does not exist.", path);
        }

        return Normalize(File.ReadAllText(path));
    }

    // Line endings are normalised so the prompt bytes do not depend on how the file was checked out.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";

    private static IEnumerable<string> Names(Assembly assembly)
        => assembly.GetManifestResourceNames().Where(n => n.Contains(".Prompts.", StringComparison.Ordinal));
}
