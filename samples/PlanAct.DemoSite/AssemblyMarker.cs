namespace PlanAct.DemoSite;

/// <summary>Assembly marker for PlanAct.DemoSite.</summary>
public static class AssemblyMarker
{
}
