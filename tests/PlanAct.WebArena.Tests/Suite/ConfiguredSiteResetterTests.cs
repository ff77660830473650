using Microsoft.Extensions.Logging.Abstractions;
using NUnit.Framework;
using PlanAct.Testing;
using PlanAct.WebArena.Suite;

namespace PlanAct.WebArena.Tests.Suite;

public sealed class ConfiguredSiteResetterTests
{
    [Test]
    public async Task Runs_the_command_with_the_sites_and_requests_the_url()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"planact-reset-{Guid.NewGuid():N}.txt");
        await using var site = await LocalSite.StartAsync();
        site.Add("/reset", "ok");
        using var http = new HttpClient();
        var resetter = new ConfiguredSiteResetter($"echo {{sites}} > {marker}", new Uri(site.Url("/reset")), http, NullLogger<ConfiguredSiteResetter>.Instance);

        await resetter.ResetAsync(["shopping", "reddit"], CancellationToken.None);

        Assert.That(File.ReadAllText(marker).Trim(), Is.EqualTo("shopping,reddit"));
        Assert.That(site.Requests, Does.Contain("/reset"));
        File.Delete(marker);
    }

    [Test]
    public async Task A_failing_command_reports_its_exit_code_and_error_output()
    {
        using var http = new HttpClient();
        var resetter = new ConfiguredSiteResetter("echo broken >&2; exit 3", null, http, NullLogger<ConfiguredSiteResetter>.Instance);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => resetter.ResetAsync(["gitlab"], CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("exited with 3").And.Contain("broken"));
    }
}
