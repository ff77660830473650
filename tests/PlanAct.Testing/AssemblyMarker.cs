namespace PlanAct.Testing;

/// <summary>Assembly marker for PlanAct.Testing.</summary>
public static class AssemblyMarker
{
}
