namespace PlanAct.Agents;

/// <summary>Assembly marker for PlanAct.Agents.</summary>
public static class AssemblyMarker
{
}
