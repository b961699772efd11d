using System.Collections.Concurrent;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Reader.Hosting;

/// <summary>
/// What the server itself accepts and reveals: no <c>Server</c> header, small request limits (a reader only
/// sends short GETs and one small form), and no data-protection keys written to disk.
/// </summary>
internal static class ServerLimits
{
    public static WebApplicationBuilder AddServerLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 4 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
            kestrel.Limits.MaxRequestBodySize = 16 * 1024;
        });

        // Registered after the defaults above, so that Kestrel__Limits__* settings override them.
        builder.Services.Configure<KestrelServerOptions>(builder.Configuration.GetSection("Kestrel"));

        // Nothing Reader protects outlives the process or crosses replicas (the one form skips antiforgery, there
        // are no auth cookies), yet the framework makes a key at start-up. It stays in this process's memory, so
        // it needs no encryption at rest and nothing is written to the read-only disk.
        builder.Services.AddDataProtection()
            .AddKeyManagementOptions(options =>
            {
                options.XmlRepository = new InMemoryKeyRepository();
                options.XmlEncryptor = new NullXmlEncryptor();
            });
        return builder;
    }
}

internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly ConcurrentQueue<XElement> elements = new();

    public IReadOnlyCollection<XElement> GetAllElements() => [.. elements.Select(element => new XElement(element))];

    public void StoreElement(XElement element, string friendlyName) => elements.Enqueue(new XElement(element));
}
