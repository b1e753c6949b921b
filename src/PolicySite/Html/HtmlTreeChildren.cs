using System.Collections;

namespace PolicySite.Html;

/// <summary>
/// The children of an element, in order: a view of its linked nodes that a <c>foreach</c> walks
/// without allocating.
/// </summary>
public readonly struct HtmlTreeChildren(HtmlTreeNode? first) : IEnumerable<HtmlTreeNode>
{
    public Enumerator GetEnumerator() => new(first);

    IEnumerator<HtmlTreeNode> IEnumerable<HtmlTreeNode>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(HtmlTreeNode? first) : IEnumerator<HtmlTreeNode>
    {
        private HtmlTreeNode? _next = first;

        public HtmlTreeNode Current { get; private set; } = null!;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_next is null)
            {
                return false;
            }
            Current = _next;
            _next = _next.NextSibling;
            return true;
        }

        public readonly void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
