using Microsoft.AspNetCore.DataProtection;

namespace Reader.Security;

internal static class DataProtection
{
    /// <summary>
    /// Nothing Reader protects outlives the process or crosses replicas (the one form skips antiforgery, there
    /// are no auth cookies), yet the framework makes a key at start-up. The ephemeral provider keeps its keys in
    /// this process's memory, so nothing is written to the read-only disk and no warning asks for a key store.
    /// </summary>
    public static WebApplicationBuilder AddEphemeralDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        return builder;
    }
}
