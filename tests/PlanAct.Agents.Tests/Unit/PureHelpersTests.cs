using System.Text.Json;
using Microsoft.Extensions.AI;
using NUnit.Framework;
using PlanAct.Agents.Connectors.Http;
using PlanAct.Agents.Execution;
using PlanAct.Agents.Orchestration;
using PlanAct.Agents.Prompts;
using PlanAct.Agents.Running;
using PlanAct.Agents.Trajectory;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Tests.Unit;

public sealed class PureHelpersTests
{
    private static readonly WebTask Task = new("1", "Find the mug price", "http://shop.test/") { AllowedSites = ["http://shop.test"] };

    [Test]
    public void Planner_message_shows_task_plan_memory_steps_and_page_in_that_order()
    {
        var step = new StepRecord { Index = 1, Instruction = "Click 'A'", Action = new BrowserAction(BrowserActionKind.Click) { ElementId = "5" }, Success = false, Outcome = "error: gone\nsecond line" };
        var obs = new PageObservation(ObservationFormat.AccessibilityTree, "[5] link 'A'", "http://shop.test/x", "X");

        var text = PromptComposer.PlannerMessage(Task, "1. a", "m", [step], obs);

        var order = new[] { "# Task", "Allowed sites: http://shop.test", "# Previous global plan\n1. a", "# Memory\nm", "Step 1: instruction: Click 'A'", "action: click [5]", "outcome: FAILED: error: gone second line", "URL: http://shop.test/x", "[5] link 'A'" }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.That(order, Is.All.GreaterThanOrEqualTo(0));
        Assert.That(order, Is.Ordered);
    }

    [Test]
    public void First_planner_message_says_there_is_no_plan_yet()
    {
        var text = PromptComposer.PlannerMessage(Task, "", "", [], new PageObservation(ObservationFormat.AccessibilityTree, "", "u", "t"));
        Assert.That(text, Does.Contain("(none yet: this is the first turn)").And.Contain("(empty)"));
    }

    [Test]
    public void Executor_message_starts_with_the_instruction()
    {
        var text = PromptComposer.ExecutorMessage(Task, "Click 'Go'", [], new PageObservation(ObservationFormat.Html, "<button id=\"3\">Go</button>", "u", "t"));
        Assert.That(text, Does.StartWith("# Instruction\nClick 'Go'\n"));
        Assert.That(text, Does.EndWith("<button id=\"3\">Go</button>\n"));
    }

    [TestCase("browser_click", """{"id":"12"}""", BrowserActionKind.Click, "12", null)]
    [TestCase("browser-type", """{"element_id":"3","text":"hi","press_enter":true}""", BrowserActionKind.Type, "3", "hi")]
    [TestCase("select_option", """{"id":"4","option":"Red"}""", BrowserActionKind.SelectOption, "4", "Red")]
    [TestCase("goto", """{"url":"http://x"}""", BrowserActionKind.Goto, null, "http://x")]
    [TestCase("dance", "{}", BrowserActionKind.None, null, null)]
    public void Tool_calls_map_to_actions(string name, string json, BrowserActionKind kind, string? id, string? argument)
    {
        var args = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value));

        var action = ToolCallMapper.ToAction(name, args);

        Assert.That((action.Kind, action.ElementId, action.Argument), Is.EqualTo((kind, id, argument)));
        if (kind == BrowserActionKind.Type)
        {
            Assert.That(action.PressEnter, Is.True);
        }
    }

    [Test]
    public void Tool_results_map_to_outcomes()
    {
        Assert.That(ToolCallMapper.ToOutcome("clicked [3]").Success, Is.True);
        Assert.That(ToolCallMapper.ToOutcome("error: no element").Success, Is.False);
        Assert.That(ToolCallMapper.ToOutcome(JsonSerializer.SerializeToElement("error: x")).Success, Is.False);
        Assert.That(ToolCallMapper.ToOutcome(JsonSerializer.SerializeToElement(new { success = true, message = "ok" })).Message, Is.EqualTo("ok"));
        Assert.That(ToolCallMapper.ToOutcome(null).Success, Is.False);
        Assert.That(ToolCallMapper.Render(new FunctionCallContent("c1", "click", new Dictionary<string, object?> { ["id"] = "7" })), Is.EqualTo("click(id=\"7\")"));
    }

    [Test]
    public void Repeated_action_identity_uses_the_element_description_not_the_id()
    {
        var a = new PageObservation(ObservationFormat.AccessibilityTree, "\t[101] link 'Refresh'\n\t[102] link 'Home'", "http://x/", "t");
        var b = new PageObservation(ObservationFormat.AccessibilityTree, "\t[201] link 'Refresh'\n\t[202] link 'Home'", "http://x/", "t");
        var click = (string id) => new BrowserAction(BrowserActionKind.Click) { ElementId = id };

        Assert.That(ActionIdentity.Key(click("101"), a), Is.EqualTo(ActionIdentity.Key(click("201"), b)));
        Assert.That(ActionIdentity.Key(click("101"), a), Is.Not.EqualTo(ActionIdentity.Key(click("202"), b)));
        Assert.That(ActionIdentity.Describe("- link \"Home\" [ref=e7]", "e7"), Is.EqualTo("- link \"Home\""));
    }

    [Test]
    public void Reasons_never_carry_keys()
    {
        var text = SecretRedactor.PatternsOnly.Redact("401: Authorization: Bearer abc.def-123 and api_key=secret99 and sk-or-v1-0123456789abcdef");
        Assert.That(text, Does.Not.Contain("abc.def-123").And.Not.Contain("secret99").And.Not.Contain("0123456789abcdef"));
        Assert.That(text, Does.StartWith("401:"));
    }

    [Test]
    public void Group_chat_broadcasts_drop_tool_calls_and_results()
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.Assistant, [new FunctionCallContent("c1", "click", new Dictionary<string, object?> { ["id"] = "1" })]) { AuthorName = "Executor" },
            new(ChatRole.Tool, [new FunctionResultContent("c1", "clicked")]),
            new(ChatRole.Assistant, [new TextContent("done"), new FunctionCallContent("c2", "scroll")]) { AuthorName = "Executor" },
        };

        var broadcast = PlanActGroupChatManager.WithoutToolPlumbing(messages).ToList();

        Assert.That(broadcast, Has.Count.EqualTo(1));
        Assert.That(broadcast[0].Text, Is.EqualTo("done"));
        Assert.That(broadcast[0].Contents, Has.Count.EqualTo(1));
        Assert.That(broadcast[0].AuthorName, Is.EqualTo("Executor"));
    }

    [Test]
    public void Html_trajectory_escapes_model_and_page_text_and_marks_failures()
    {
        var result = new TaskResult("t<1>", WebTaskStatus.Completed, "done") { Answer = "<b>42</b>" };
        var steps = new[]
        {
            new StepRecord { Index = 1, Instruction = "Click <x>", Success = false, Outcome = "error: <gone>", Observation = "<html>", PlannerOutput = "\\INSTRUCTION: <y>", Replanned = true },
            new StepRecord { Index = 2, IsFinal = true, Answer = "<b>42</b>", Success = true },
        };

        var html = TrajectoryHtmlWriter.Render(new TrajectoryDocument(new WebTask("t<1>", "Find <it>", "http://x/"), result, steps));

        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Not.Contain("<b>42</b>").And.Not.Contain("<gone>").And.Not.Contain("<x>"));
        Assert.That(html, Does.Contain("&lt;b&gt;42&lt;/b&gt;").And.Contain("class=\"step fail\"").And.Contain("class=\"step final\""));
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("http-equiv").And.Not.Contain("src=\"http"));
    }

    [Test]
    public void Json_trajectory_round_trips()
    {
        var result = new TaskResult("7", WebTaskStatus.MaxSteps, "limit") { Steps = 1, PlannerUsage = new RoleUsage().Add(10, 2, 3, 0.5m) };
        var doc = new TrajectoryDocument(new WebTask("7", "i", "http://x/"), result, [new StepRecord { Index = 1, Action = new BrowserAction(BrowserActionKind.Type) { ElementId = "3", Argument = "a", PressEnter = true }, Screenshot = [1, 2, 3] }]) { ExecutorMode = ExecutorMode.WebRL };

        var json = TrajectoryJsonWriter.Render(doc);
        var back = TrajectoryJsonWriter.Parse(json);

        Assert.That(json, Does.Contain("\"Status\": \"MaxSteps\"").And.Contain("\"ExecutorMode\": \"WebRL\""));
        Assert.That(back.Steps[0].Action, Is.EqualTo(doc.Steps[0].Action));
        Assert.That(back.Steps[0].Screenshot, Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(back.Result.PlannerUsage.CostUsd, Is.EqualTo(0.5m));
        Assert.That(TrajectoryStore.SafeName("a/b:c..d"), Is.EqualTo("a_b_c..d"));
    }
}
