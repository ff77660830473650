using Microsoft.AspNetCore.Http;
using PlanAct.Testing;

namespace PlanAct.Plugins.Tests.Browser;

/// <summary>The pages the browser tests act on.</summary>
internal static class TestPages
{
    public static void AddTo(LocalSite site, LocalSite other)
    {
        var otherInner = other.Url("/inner").Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        site.Add("/", """
            <!doctype html><title>Home</title>
            <h1>Shop</h1>
            <a href="/second">Second page</a>
            <label>Search <input id="q" type="search"></label>
            <button id="go" onclick="document.getElementById('out').textContent = 'searched ' + document.getElementById('q').value">Go</button>
            <label>Sort <select id="sort" onchange="document.getElementById('out').textContent = 'sorted by ' + this.value">
              <option value="price">Price</option><option value="name">Name</option><option value="new">Newest first</option></select></label>
            <button id="hoverme" onmouseenter="document.getElementById('out').textContent = 'hovered'">Hover target</button>
            <button disabled>Disabled button</button>
            <button style="display:none">Hidden button</button>
            <form onsubmit="event.preventDefault(); document.getElementById('out').textContent = 'submitted ' + document.getElementById('q2').value">
              <label>Comment <input id="q2"></label></form>
            <p id="out">nothing yet</p>
            <div style="height:3000px">tall</div>
            <p>Bottom of the page</p>
            """);
        site.Add("/second", "<!doctype html><title>Second</title><h1>Second page</h1><a href=\"/\">Home link</a>");
        site.Add("/tabs", """
            <!doctype html><title>Tabs</title>
            <a href="/second" target="_blank">Open blank</a>
            <button onclick="window.open('/second')">Open window</button>
            """);
        site.Add("/dialogs", """
            <!doctype html><title>Dialogs</title>
            <button onclick="alert('Hello there'); document.getElementById('out').textContent = 'after alert'">Alert</button>
            <button onclick="document.getElementById('out').textContent = confirm('Sure?') ? 'confirmed' : 'cancelled'">Confirm</button>
            <p id="out">none</p>
            """);
        site.Add("/frames", $"""
            <!doctype html><title>Frames</title>
            <iframe src="/inner" title="Same origin"></iframe>
            <iframe src="{otherInner}" title="Cross origin"></iframe>
            """);
        var inner = """
            <!doctype html><title>Inner</title>
            <button onclick="document.getElementById('out').textContent = 'inner clicked at ' + location.host">Inner button</button>
            <p id="out">inner idle</p>
            """;
        site.Add("/inner", inner);
        other.Add("/inner", inner);
        site.Add("/shadow", """
            <!doctype html><title>Shadow</title>
            <div id="host"></div>
            <script>
              const root = document.getElementById('host').attachShadow({ mode: 'open' });
              root.innerHTML = '<button>Shadow button</button><p id="out">shadow idle</p>';
              root.querySelector('button').onclick = () => root.getElementById('out').textContent = 'shadow clicked';
            </script>
            """);
        site.Add("/download", "<!doctype html><title>Download</title><a href=\"/report.csv\">Get report</a>");
        site.AddBytes("/report.csv", "a,b\n1,2\n"u8.ToArray(), "text/csv",
            new Dictionary<string, string> { ["Content-Disposition"] = "attachment; filename=\"report.csv\"" });
        site.Add("/offsite", $"""
            <!doctype html><title>Offsite</title>
            <a href="{other.Url("/second").Replace("127.0.0.1", "localhost", StringComparison.Ordinal)}">Elsewhere</a>
            <button onclick="window.open('{other.Url("/second").Replace("127.0.0.1", "localhost", StringComparison.Ordinal)}')">Popup elsewhere</button>
            """);
        site.Add("/slow", """
            <!doctype html><title>Slow</title>
            <button onclick="fetch('/delayed').then(r => r.text()).then(t => document.getElementById('out').textContent = t)">Load</button>
            <p id="out">empty</p>
            """);
        site.Add("/xhr", """
            <!doctype html><title>Xhr</title>
            <button onclick="load()">Show details</button>
            <ul id="list"><li>placeholder row</li></ul>
            <script>
              function load() {
                const xhr = new XMLHttpRequest();
                xhr.open('GET', '/delayed-json');
                xhr.onload = () => {
                  const rows = JSON.parse(xhr.responseText);
                  // Render on the next frame, as UI libraries do.
                  requestAnimationFrame(() => {
                    document.getElementById('list').innerHTML = rows.map(r => '<li><a href="/second">' + r + '</a></li>').join('');
                  });
                };
                xhr.send();
              }
            </script>
            """);
        site.Map("/delayed-json", async context =>
        {
            await Task.Delay(300);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[\"Order 1001 shipped\", \"Order 1002 pending\"]");
        });
        site.Add("/states", """
            <!doctype html><title>States</title>
            <label>Readonly code <input readonly value="X1"></label>
            <fieldset disabled><legend>Locked</legend><button>Inside disabled fieldset</button></fieldset>
            <button aria-disabled="true">Aria disabled</button>
            <div role="toolbar" aria-disabled="false"><button onclick="document.getElementById('out').textContent = 'toolbar clicked'">Toolbar action</button></div>
            <button style="display:contents" onclick="document.getElementById('out').textContent = 'contents clicked'"><span>Contents button</span></button>
            <p id="out">idle</p>
            """);
        site.Add("/redirecting", """
            <!doctype html><title>Redirecting</title>
            <button onclick="setTimeout(() => location.assign('/slow-target'), 10)">Continue</button>
            """);
        site.Map("/slow-target", async context =>
        {
            await Task.Delay(300);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<!doctype html><title>Arrived</title><h1>Checkout complete</h1><button>Print receipt</button>");
        });
        site.Map("/delayed", async context =>
        {
            await Task.Delay(300);
            await context.Response.WriteAsync("loaded later");
        });
    }
}
