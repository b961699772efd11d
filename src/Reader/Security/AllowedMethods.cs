namespace Reader.Security;

/// <summary>
/// Reader is read with GET and HEAD; the only form (reading settings) posts to <c>/settings</c>. Every other
/// method is answered 405 with an <c>Allow</c> header, before routing, whatever the address.
/// </summary>
internal static class AllowedMethods
{
    public const string FormPath = "/settings";

    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        var isForm = request.Path.Equals(FormPath, StringComparison.OrdinalIgnoreCase);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || (isForm && HttpMethods.IsPost(request.Method)))
        {
            return next(context);
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        response.Headers.Allow = isForm ? "GET, HEAD, POST" : "GET, HEAD";
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync($"This address answers only {response.Headers.Allow} requests.");
    });
}
