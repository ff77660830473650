namespace PlanAct.Plugins.Tests.Observation;

/// <summary>Test pages shared by the real-browser observation tests.</summary>
internal static class ObservationPages
{
    public const string Form = """
        <!doctype html><html><head><title>Order form</title></head><body>
        <h1>Place an order</h1>
        <nav><a href="/home">Home</a> <a href="/help">Help</a></nav>
        <form id="f" onsubmit="event.preventDefault(); document.getElementById('out').textContent = 'sent ' + document.getElementById('qty').value">
          <label for="qty">Quantity</label> <input id="qty" type="text" placeholder="how many" value="3">
          <label>Colour <select id="colour"><option>Red</option><option selected>Green</option><option>Blue</option></select></label>
          <label><input id="gift" type="checkbox" checked> Gift wrap</label>
          <button type="submit" id="send">Send order</button>
          <button type="button" disabled>Cancel</button>
        </form>
        <p id="out">nothing yet</p>
        <div style="display:none"><button id="hidden1">Hidden button</button></div>
        <button id="hidden2" style="visibility:hidden">Invisible button</button>
        <div aria-hidden="true"><a href="/x">Aria hidden link</a></div>
        <input type="hidden" name="token" value="secret-token">
        <div id="clicky" onclick="this.textContent='clicked div'" style="cursor:pointer">Click this div</div>
        <div style="opacity:0"><button>Transparent button</button></div>
        <div contenteditable="true" aria-label="Notes">draft text</div>
        </body></html>
        """;

    public const string Frames = """
        <!doctype html><html><head><title>Frames</title></head><body>
        <h1>Outer page</h1>
        <button id="outer" onclick="this.textContent='outer clicked'">Outer button</button>
        <iframe id="same" title="Same origin" src="/inner" width="400" height="200"></iframe>
        <iframe id="cross" title="Cross origin" src="CROSS/inner-cross" width="400" height="200"></iframe>
        <div id="host"></div>
        <script>
          const root = document.getElementById('host').attachShadow({ mode: 'open' });
          root.innerHTML = '<p>Shadow text</p><button id="shadowbtn">Shadow button</button><input aria-label="Shadow field"><span id="lbl">Labelled inside</span><input aria-labelledby="lbl">';
          root.getElementById('shadowbtn').onclick = e => e.target.textContent = 'shadow clicked';
        </script>
        </body></html>
        """;

    public const string Inner = """
        <!doctype html><html><head><title>Inner</title></head><body>
        <button id="inner" onclick="this.textContent='inner clicked'">Inner button</button>
        <a href="/inner-link">Inner link</a>
        </body></html>
        """;

    public const string InnerCross = """
        <!doctype html><html><head><title>Cross</title></head><body>
        <button id="cross" onclick="this.textContent='cross clicked'">Cross button</button>
        <input aria-label="Cross field">
        </body></html>
        """;

    /// <summary>A long page: many rows, most of them below the viewport.</summary>
    public static string Long(int rows)
    {
        var sb = new System.Text.StringBuilder("<!doctype html><html><head><title>Long</title></head><body><h1>Catalogue</h1><ul>");
        for (var i = 0; i < rows; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<li><div class=\"card\"><span>Product {i}</span> <a href=\"/p/{i}\">Details {i}</a> <button onclick=\"this.textContent='added {i}'\">Add {i}</button></div></li>");
        }

        return sb.Append("</ul></body></html>").ToString();
    }
}
