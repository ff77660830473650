using NUnit.Framework;
using PlanAct.Plugins.Actions;

namespace PlanAct.Plugins.Tests;

public sealed class ScaffoldTests
{
    [Test]
    public void ParseResult_without_action_is_not_success()
    {
        Assert.That(new ActionParseResult(null, "bad").Success, Is.False);
        Assert.That(new ActionParseResult(new BrowserAction(BrowserActionKind.GoBack), null).Success, Is.True);
    }
}
