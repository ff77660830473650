using NUnit.Framework;
using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Tests.Observation;

public sealed class CapturedTreeBuilderTests
{
    [Test]
    public void Child_frames_are_grafted_under_their_iframe_with_offset_and_clipped_boxes()
    {
        var main = CapturedTreeBuilder.ParseFrame("""
            {"title":"Outer","url":"http://127.0.0.1/","vw":1280,"vh":720,"sx":0,"sy":0,"sw":1280,"sh":720,"next":5,
             "root":{"t":"body","r":"RootWebArea","n":"Outer","i":1,"b":[0,0,1280,720],"h":[
               {"t":"#text","x":"Hello"},
               {"t":"iframe","r":"Iframe","n":"Box","i":2,"fr":1,"b":[100,200,300,100],"h":[]}]}}
            """);
        var inner = CapturedTreeBuilder.ParseFrame("""
            {"title":"Inner","url":"http://localhost/","vw":300,"vh":100,"next":9,
             "root":{"t":"body","r":"RootWebArea","n":"Inner","i":6,"b":[0,0,300,100],"h":[
               {"t":"button","r":"button","n":"Go","i":7,"k":1,"b":[10,10,50,20]},
               {"t":"button","r":"button","n":"Hidden below","i":8,"k":1,"b":[10,150,50,20]}]}}
            """);
        var page = CapturedTreeBuilder.Build([new FrameCaptureResult(0, null, main), new FrameCaptureResult(1, "2", inner)]);

        Assert.That(page.Title, Is.EqualTo("Outer"));
        var iframe = page.Root!.Children[1];
        Assert.That(page.Root.Children[0].Text, Is.EqualTo("Hello"));
        Assert.That(iframe.IsFrame, Is.True);
        var innerRoot = iframe.Children.Single();
        Assert.That((innerRoot.Name, innerRoot.FrameIndex), Is.EqualTo(("Inner", 1)));
        var go = innerRoot.Children[0];
        Assert.That((go.Id, go.Interactive, go.Box), Is.EqualTo(("7", true, (CapturedBox?)new CapturedBox(110, 210, 50, 20))));
        Assert.That(innerRoot.Children[1].Box!.Value.IsEmpty, Is.True, "clipped away by the iframe");
    }

    [Test]
    public void Invalid_json_is_reported_clearly()
    {
        Assert.That(() => CapturedTreeBuilder.ParseFrame("{not json"), Throws.TypeOf<FormatException>().With.Message.Contains("invalid JSON"));
    }
}
