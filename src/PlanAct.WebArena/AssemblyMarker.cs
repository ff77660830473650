namespace PlanAct.WebArena;

/// <summary>Assembly marker for PlanAct.WebArena.</summary>
public static class AssemblyMarker
{
}
