using System.Collections;

namespace PolicySite.Html;

/// <summary>
/// A page's elements in document order, as the reader made them (<see cref="HtmlTree.Elements"/>):
/// a run of the list it made them into, read by index or by a <c>foreach</c> that does not
/// allocate, where a walk of the tree chased each node's links through an iterator.
/// </summary>
public sealed class HtmlTreeElementList : IReadOnlyList<HtmlTreeElement>
{
    private readonly List<HtmlTreeElement> _elements;
    private readonly int _start;

    internal HtmlTreeElementList(List<HtmlTreeElement> elements, int start, int count)
    {
        _elements = elements;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public HtmlTreeElement this[int index] =>
        (uint)index < (uint)Count ? _elements[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<HtmlTreeElement> IEnumerable<HtmlTreeElement>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(HtmlTreeElementList list) : IEnumerator<HtmlTreeElement>
    {
        private int _index = -1;

        public readonly HtmlTreeElement Current => list[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < list.Count;

        public readonly void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
