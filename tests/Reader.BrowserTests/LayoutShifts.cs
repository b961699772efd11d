using Microsoft.Playwright;

namespace Reader.BrowserTests;

/// <summary>
/// Layout shifts as the browser's Layout Instability API reports them: the figures Lighthouse's CLS is made
/// from. Shifts right after the reader's own input don't count, as in CLS.
/// </summary>
internal static class LayoutShifts
{
    /// <summary>Starts recording on every document <paramref name="page"/> opens from now on, from its first paint.</summary>
    public static Task RecordAsync(IPage page) => page.AddInitScriptAsync("""
        window.shifts = [];
        new PerformanceObserver(list => {
            for (const shift of list.getEntries()) {
                if (!shift.hadRecentInput) {
                    window.shifts.push(`${shift.value} ${shift.sources.map(source => `${source.node?.nodeName}.${source.node?.className}`).join(' ')}`);
                }
            }
        }).observe({ type: 'layout-shift', buffered: true });
        """);

    /// <summary>The shifts of the document open now of at least <paramref name="atLeast"/>, each as its score and the elements that moved.</summary>
    public static Task<string[]> ReadAsync(IPage page, double atLeast = 0) =>
        page.EvaluateAsync<string[]>("atLeast => window.shifts.filter(shift => parseFloat(shift) >= atLeast)", atLeast);
}
