using System.Diagnostics;
using NUnit.Framework;
using PlanAct.Plugins.Actions;

namespace PlanAct.Plugins.Tests.Browser;

[TestFixture]
[Explicit]
public sealed class TimingProbe : BrowserFixture
{
    [Test]
    public async Task Probe()
    {
        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            var session = await NewSessionAsync();
            var t1 = sw.ElapsedMilliseconds;
            await session.OpenAsync(Site.Url("/"));
            var t2 = sw.ElapsedMilliseconds;
            await session.ObserveAsync(FullPage);
            var t3 = sw.ElapsedMilliseconds;
            await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = IdOf(session, "button", "Go") });
            var t4 = sw.ElapsedMilliseconds;
            await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Press) { Argument = "Tab" });
            var t5 = sw.ElapsedMilliseconds;
            await session.DisposeAsync();
            var t6 = sw.ElapsedMilliseconds;
            TestContext.Out.WriteLine($"session {t1} open {t2 - t1} observe {t3 - t2} click {t4 - t3} press {t5 - t4} dispose {t6 - t5} load {File.ReadAllText("/proc/loadavg")}");
        }
    }
}
