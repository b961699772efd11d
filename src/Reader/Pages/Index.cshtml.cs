using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Essays;

namespace Reader.Pages;

internal sealed class IndexModel(LibraryStore store) : PageModel
{
    public IReadOnlyList<Essay> Essays { get; } = store.Current.Essays;
}
