namespace RelationshipCoach.Hosting;

/// <summary>
/// Refuses a body announced larger than <see cref="CoachApp.MaxRequestBodyBytes"/> before reading any of it, whatever
/// server runs the app; Kestrel's own limit also covers chunked bodies of unannounced length.
/// </summary>
public static class RequestSizeLimit
{
    public static void UseRequestSizeLimit(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > CoachApp.MaxRequestBodyBytes)
            {
                await Results.Problem(detail: $"The body is larger than {CoachApp.MaxRequestBodyBytes} bytes.",
                    statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
                return;
            }
            await next(context);
        });
}
