using System.Runtime.CompilerServices;

namespace PolicySite.Search;

/// <summary>
/// Words and the number each stands for, looked up by span so that a word met again is never
/// allocated. The index build looks up every word of the site here (four million at 5,000
/// pages), and this costs about half of what a <see cref="Dictionary{TKey,TValue}"/> with a span
/// lookup does: open addressing with linear probing, an FNV-1a hash of the characters kept with
/// each word so that most mismatches are settled without comparing text. The words are the
/// site's own, not chosen by anyone to collide.
/// </summary>
internal sealed class WordTable
{
    private Entry[] _entries = new Entry[1024];
    private int _count;

    // Optimised from the first call: the index build runs it once per process (see SearchIndexBuilder).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> word, out int value)
    {
        var hash = Hash(word);
        var mask = _entries.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref _entries[i];
            if (entry.Word is null)
            {
                value = 0;
                return false;
            }
            if (entry.Hash == hash && word.SequenceEqual(entry.Word))
            {
                value = entry.Value;
                return true;
            }
        }
    }

    /// <summary>Adds a word that is not in the table yet.</summary>
    public void Add(string word, int value)
    {
        // At most half full, so that a lookup of a missing word soon meets an empty slot.
        if (2 * (_count + 1) > _entries.Length)
        {
            var entries = new Entry[_entries.Length * 2];
            foreach (var entry in _entries)
            {
                if (entry.Word is not null)
                {
                    Insert(entries, entry);
                }
            }
            _entries = entries;
        }
        Insert(_entries, new Entry(word, Hash(word), value));
        _count++;
    }

    private static void Insert(Entry[] entries, Entry entry)
    {
        var mask = entries.Length - 1;
        var i = entry.Hash & mask;
        while (entries[i].Word is not null)
        {
            i = (i + 1) & mask;
        }
        entries[i] = entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)hash;
    }

    private readonly record struct Entry(string? Word, int Hash, int Value);
}
