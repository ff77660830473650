using NUnit.Framework;
using PlanAct.Plugins.Actions;

namespace PlanAct.Plugins.Tests.Actions;

/// <summary>Assertions shared by the grammar tests.</summary>
internal static class ParsedAction
{
    public static BrowserAction AssertParses(string text, ActionGrammar grammar, BrowserActionKind kind, string? id = null, string? argument = null, bool pressEnter = false)
    {
        var result = ActionParser.Parse(text, grammar);
        Assert.That(result.Error, Is.Null, $"unexpected error for: {text}");
        var action = result.Action!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(action.Kind, Is.EqualTo(kind));
            Assert.That(action.ElementId, Is.EqualTo(id));
            Assert.That(action.Argument, Is.EqualTo(argument));
            Assert.That(action.PressEnter, Is.EqualTo(pressEnter));
            Assert.That(action.Raw, Is.EqualTo(text.Trim()));
        }

        return action;
    }

    public static string AssertFails(string text, ActionGrammar grammar, params string[] fragments)
    {
        var result = ActionParser.Parse(text, grammar);
        Assert.That(result.Success, Is.False, $"expected a parse error for: {text}, got {result.Action}");
        Assert.That(result.Error, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error, Does.StartWith("could not parse \""));
            Assert.That(result.Error, Does.Contain(ActionParser.Syntax(grammar)), "the error lists the grammar");
            foreach (var fragment in fragments)
            {
                Assert.That(result.Error, Does.Contain(fragment));
            }
        }

        return result.Error!;
    }
}
