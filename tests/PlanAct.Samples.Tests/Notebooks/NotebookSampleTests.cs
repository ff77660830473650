using System.Text;
using System.Text.Json;
using NUnit.Framework;
using PlanAct.Testing.Browser;
using PlanAct.Testing.FakeAgents;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Samples.Tests.Notebooks;

/// <summary>The notebook samples: the file-based app runs a demo task against fake models; the notebook's C# cells compile.</summary>
[Category("Slow")]
public sealed class NotebookSampleTests
{
    private static readonly string Notebooks = RepoPaths.Path("samples", "notebooks");

    [Test]
    [Category("Browser")]
    public async Task File_based_app_runs_a_demo_task_against_fake_models()
    {
        await using var fake = await FakeOpenAIServer.StartAsync();
        const string intent = "Green Canvas Backpack";
        fake.PlayAgents(new FakePlanner()
            .StopWhen(intent, (page, url) => url.Contains("/product/", StringComparison.Ordinal) && PageText.Has(page, "Add to cart", "button"), _ => "Opened it.")
            .ClickLinkIfShown(intent, "Green Canvas Backpack")
            .ClickLinkIfShown(intent, "Backpacks"));
        var environment = FakeModels.Environment(fake);
        environment["PlanAct__Browser__ExecutablePath"] = TestBrowser.ExecutablePath;

        var (code, output) = await ProcessRunner.RunAsync(
            "dotnet", ["run", "run-demo-task.cs", "-c", RepoPaths.Configuration, "--", "5"], Notebooks, environment, TimeSpan.FromMinutes(6));

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("Task 5: Open the product page of the Green Canvas Backpack."));
        Assert.That(output, Does.Contain("Status: Completed"));
        Assert.That(output, Does.Contain("Score: 1"));
        Assert.That(output, Does.Match(@"step \d+: Click the link 'Green Canvas Backpack'"));
        Assert.That(output, Does.Match(@"Trajectory: \S+\.html"));
        Assert.That(fake.ModelRequests.Count(r => r.Model == FakeModels.ExecutorModel), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task Notebook_code_cells_compile_as_one_program()
    {
        var source = NotebookToProgram(await File.ReadAllTextAsync(Path.Combine(Notebooks, "planact.ipynb")));
        var folder = Path.Combine(Path.GetTempPath(), "planact-notebook-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "notebook.cs");
            await File.WriteAllTextAsync(file, source);
            var (code, output) = await ProcessRunner.RunAsync("dotnet", ["build", "notebook.cs", "-c", RepoPaths.Configuration], folder, null, TimeSpan.FromMinutes(6));
            Assert.That(code, Is.EqualTo(0), source + "\n---\n" + output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Notebook_is_a_polyglot_csharp_notebook_with_the_expected_steps()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Notebooks, "planact.ipynb")));
        Assert.That(doc.RootElement.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString(), Is.EqualTo(".net-csharp"));
        var code = string.Join("\n", CodeCells(doc.RootElement));
        Assert.That(code, Does.Contain("DemoSiteServer.StartAsync").And.Contain("new PlanActRunner(").And.Contain("new PlanActWebAgent(runner")
            .And.Contain("new BrowserTaskRunner(").And.Contain("taskRunner.RunAsync(").And.Contain("TrajectoryPath"));
    }

    /// <summary>
    /// Turns the notebook's C# cells into a .NET file-based app: <c>#r "nuget: PlanAct.X"</c> and the demo site's
    /// <c>#r</c> become <c>#:project</c> directives on this repository's projects, and the two .NET Interactive
    /// helpers the notebook uses (<c>display</c>, <c>HTML</c>) get stand-ins.
    /// </summary>
    internal static string NotebookToProgram(string notebookJson)
    {
        using var doc = JsonDocument.Parse(notebookJson);
        var directives = new StringBuilder();
        var usings = new StringBuilder();
        var body = new StringBuilder();
        foreach (var line in CodeCells(doc.RootElement).SelectMany(c => c.Split('\n')))
        {
            if (line.StartsWith("#i ", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("#r ", StringComparison.Ordinal))
            {
                var project = line.Contains("PlanAct.DemoSite", StringComparison.Ordinal)
                    ? RepoPaths.Path("samples", "PlanAct.DemoSite", "PlanAct.DemoSite.csproj")
                    : line.Contains("nuget: PlanAct.", StringComparison.Ordinal)
                        ? RepoPaths.Path("src", line.Split("nuget: ")[1].Split(',')[0].Trim().Trim('"'), line.Split("nuget: ")[1].Split(',')[0].Trim().Trim('"') + ".csproj")
                        : throw new InvalidOperationException("Unexpected reference in the notebook: " + line);
                directives.Append("#:project ").AppendLine(project);
                continue;
            }

            (line.StartsWith("using ", StringComparison.Ordinal) ? usings : body).AppendLine(line);
        }

        return directives + "#:property PublishAot=false\n" + usings.ToString() + body +
               "\nstatic void display(object? value) => Console.WriteLine(value);\nstatic string HTML(string html) => html;\n";
    }

    private static IEnumerable<string> CodeCells(JsonElement notebook) =>
        notebook.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString())));
}
