namespace Reader.Tests;

public static class EssayPages
{
    /// <summary>The paths of an essay's section pages, in reading order, from its page's contents.</summary>
    public static async Task<string[]> SectionPathsAsync(this ReaderApp app, string essay)
    {
        var front = await app.GetPageAsync("/essays/" + essay);
        return [.. front.Document.QuerySelectorAll("nav[aria-label=Contents] a").Select(link => link.GetAttribute("href")!)];
    }
}
