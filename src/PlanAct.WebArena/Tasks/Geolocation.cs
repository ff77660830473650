namespace PlanAct.WebArena.Tasks;

/// <summary>A task's <c>geolocation</c>, passed to the browser context.</summary>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Accuracy">Accuracy in metres, if given.</param>
public sealed record Geolocation(double Latitude, double Longitude, double? Accuracy);
