// newsgraph search: the one script of the site, loaded only by search/index.html.
//
// The index is a set of classic scripts (search/manifest.js, docs-*.js,
// terms-*.js) built by src/search/. Each calls window.__newsgraphSearch.add()
// with its data. Loading them through <script src> rather than fetch() is
// what makes the search work from a dist/ folder opened over file://.
//
// Every piece of index text reaches the page through textContent or
// setAttribute, never through HTML parsing.
(function () {
  'use strict';

  // Keep in step with src/search/normalize.ts (tests/search/client.test.ts checks they agree).
  var FOLDS = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ı: 'i' };
  var MARKS = /\p{M}+/gu;
  var FOLDABLE = /[łđøħı]/gu;
  var TOKEN = /[\p{L}\p{N}]+/gu;
  var ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

  /** Results shown at once; the rest are counted. */
  var SHOWN = 50;

  function normalizeText(text) {
    return text
      .toLowerCase()
      .normalize('NFKD')
      .replace(MARKS, '')
      .toLowerCase()
      .replace(FOLDABLE, function (letter) {
        return FOLDS[letter] || letter;
      });
  }

  function tokenize(text) {
    return normalizeText(text).match(TOKEN) || [];
  }

  function codePoints(text) {
    return Array.from(text).length;
  }

  /**
   * Words outside double quotes must each occur; a quoted phrase must occur
   * as consecutive words (an unclosed quote runs to the end). The last word
   * typed, when the text ends in it, matches as a prefix ("pyong" finds
   * "pyongyang") if it has at least `minPrefix` characters.
   */
  function parseQuery(text, minPrefix) {
    var segments = text.split('"');
    var words = [];
    var phrases = [];
    segments.forEach(function (segment, index) {
      var tokens = tokenize(segment);
      var quoted = index % 2 === 1;
      if (quoted && tokens.length > 1) {
        phrases.push(tokens);
        return;
      }
      tokens.forEach(function (term) {
        words.push({ term: term, prefix: false });
      });
    });
    var last = segments.length - 1;
    var endsBare = last % 2 === 0 && ENDS_IN_WORD.test(normalizeText(segments[last]));
    var lastWord = words[words.length - 1];
    if (endsBare && lastWord && codePoints(lastWord.term) >= minPrefix) lastWord.prefix = true;
    return { words: words, phrases: phrases };
  }

  // Index files as they arrive, by name.
  var files = new Map();

  function add(payload) {
    files.set(payload.kind === 'manifest' ? 'manifest' : payload.name, payload);
  }

  function keyOf(term, keyLength) {
    return Array.from(term).slice(0, keyLength).join('');
  }

  /** Doc id -> positions, from every part a term's postings were split into. */
  function decode(lists) {
    var postings = new Map();
    lists.forEach(function (list) {
      var doc = 0;
      var at = 0;
      while (at < list.length) {
        doc += list[at];
        var count = list[at + 1];
        postings.set(doc, list.slice(at + 2, at + 2 + count));
        at += 2 + count;
      }
    });
    return postings;
  }

  function intersect(sets) {
    if (sets.length === 0) return [];
    var sorted = sets.slice().sort(function (a, b) {
      return a.size - b.size;
    });
    var result = [];
    sorted[0].forEach(function (doc) {
      if (
        sorted.every(function (set) {
          return set.has(doc);
        })
      ) {
        result.push(doc);
      }
    });
    return result.sort(function (a, b) {
      return a - b;
    });
  }

  /**
   * A search over the index files `load(name)` brings in (it resolves once
   * the file has called add()). Resolves to the number of matching
   * documents and the first SHOWN of them, in index order.
   */
  function createEngine(load) {
    function manifest() {
      return load('manifest').then(function () {
        return files.get('manifest');
      });
    }

    function termLists(names, term) {
      return names
        .map(function (name) {
          return files.get(name).terms[term];
        })
        .filter(Boolean);
    }

    function docsWith(names, word) {
      if (!word.prefix) return new Set(decode(termLists(names, word.term)).keys());
      var docs = new Set();
      names.forEach(function (name) {
        var terms = files.get(name).terms;
        Object.keys(terms).forEach(function (term) {
          if (term.startsWith(word.term)) decode([terms[term]]).forEach(function (_, doc) {
            docs.add(doc);
          });
        });
      });
      return docs;
    }

    function docsWithPhrase(namesOf, phrase) {
      var postings = phrase.map(function (term) {
        return decode(termLists(namesOf(term), term));
      });
      var docs = new Set();
      postings[0].forEach(function (starts, doc) {
        var found = starts.some(function (start) {
          return postings.every(function (byDoc, offset) {
            var positions = byDoc.get(doc);
            return positions !== undefined && positions.indexOf(start + offset) !== -1;
          });
        });
        if (found) docs.add(doc);
      });
      return docs;
    }

    function docFileOf(index, id) {
      var low = 0;
      var high = index.docs.length - 1;
      while (low < high) {
        var middle = Math.ceil((low + high) / 2);
        if (index.docs[middle].start <= id) low = middle;
        else high = middle - 1;
      }
      return index.docs[low];
    }

    function search(text) {
      return manifest().then(function (index) {
        var query = parseQuery(text, index.keyLength);
        var terms = query.words
          .map(function (word) {
            return word.term;
          })
          .concat([].concat.apply([], query.phrases));
        if (terms.length === 0) return { total: 0, documents: [] };
        var namesOf = function (term) {
          return index.terms[keyOf(term, index.keyLength)] || [];
        };
        var needed = new Set([].concat.apply([], terms.map(namesOf)));
        return Promise.all(Array.from(needed).map(load))
          .then(function () {
            var sets = query.words
              .map(function (word) {
                return docsWith(namesOf(word.term), word);
              })
              .concat(
                query.phrases.map(function (phrase) {
                  return docsWithPhrase(namesOf, phrase);
                }),
              );
            var ids = intersect(sets);
            var shown = ids.slice(0, SHOWN);
            var docFiles = new Set(
              shown.map(function (id) {
                return docFileOf(index, id).name;
              }),
            );
            return Promise.all(Array.from(docFiles).map(load)).then(function () {
              return {
                total: ids.length,
                documents: shown.map(function (id) {
                  var file = docFileOf(index, id);
                  return files.get(file.name).docs[id - file.start];
                }),
              };
            });
          });
      });
    }

    return { search: search };
  }

  /**
   * Loads an index file by adding a <script>; the file registers itself with
   * add(). The manifest comes from the page's href (which carries its
   * version), the other files from its folder, with the manifest's version.
   */
  function scriptLoader(document, manifestHref) {
    var folder = manifestHref.slice(0, manifestHref.lastIndexOf('/') + 1);
    var pending = new Map();
    function urlOf(name) {
      if (name === 'manifest') return manifestHref;
      var version = files.get('manifest').version;
      return folder + name + '.js' + (version ? '?v=' + encodeURIComponent(version) : '');
    }
    return function load(name) {
      if (files.has(name)) return Promise.resolve();
      if (!pending.has(name)) {
        pending.set(
          name,
          new Promise(function (resolve, reject) {
            var script = document.createElement('script');
            script.src = urlOf(name);
            script.onload = function () {
              if (files.has(name)) resolve();
              else reject(new Error('The search index file ' + name + '.js did not load its data.'));
            };
            script.onerror = function () {
              pending.delete(name);
              reject(new Error('The search index file ' + name + '.js could not be loaded.'));
            };
            document.head.appendChild(script);
          }),
        );
      }
      return pending.get(name);
    };
  }

  var KIND_LABELS = { speaker: 'Speaker', entity: 'Entity', article: 'Article', quote: 'Quote' };

  function resultItem(document, doc) {
    var item = document.createElement('li');
    item.className = 'search-result search-result-' + doc.k;
    var kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = KIND_LABELS[doc.k] || doc.k;
    var link = document.createElement('a');
    link.setAttribute('href', doc.u);
    link.textContent = doc.k === 'quote' ? '\u201c' + doc.t + '\u201d' : doc.t;
    item.append(kind, ' ', link);
    var detail = doc.k === 'quote' ? (doc.s ? doc.s + ', in ' : 'In ') + doc.a : doc.d;
    if (detail) {
      var line = document.createElement('span');
      line.className = 'search-detail';
      line.textContent = detail;
      item.append(' \u2014 ', line);
    }
    return item;
  }

  function start(document, location) {
    var form = document.getElementById('search-form');
    if (!form) return;
    var input = form.querySelector('input[name="q"]');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var engine = createEngine(scriptLoader(document, form.getAttribute('data-index') || 'manifest.js'));
    var latest = 0;
    var timer;
    // Typing then pressing Enter would run the same search twice and replace the results under the pointer.
    var lastText = null;

    function show(message, items) {
      status.textContent = message;
      list.replaceChildren.apply(list, items || []);
    }

    function run() {
      var text = input.value;
      clearTimeout(timer);
      if (text === lastText) return;
      lastText = text;
      var ticket = ++latest;
      if (tokenize(text).length === 0) {
        show('Type a name, some words or a "quoted phrase".');
        return;
      }
      status.textContent = 'Searching\u2026';
      engine.search(text).then(
        function (result) {
          if (ticket !== latest) return;
          var items = result.documents.map(function (doc) {
            return resultItem(document, doc);
          });
          var message =
            result.total === 0
              ? 'No results. Every word must occur; check the spelling or use fewer words.'
              : result.total === 1
                ? '1 result.'
                : result.total > items.length
                  ? 'Showing the first ' + items.length + ' of ' + result.total + ' results; add words to narrow the search.'
                  : result.total + ' results.';
          show(message, items);
        },
        function (error) {
          // A file that failed to load may load on the next try.
          lastText = null;
          if (ticket === latest) show(error.message);
        },
      );
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      run();
    });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    form.hidden = false;
    var initial = new URLSearchParams(location.search).get('q');
    if (initial) input.value = initial;
    run();
  }

  window.__newsgraphSearch = {
    add: add,
    normalizeText: normalizeText,
    tokenize: tokenize,
    parseQuery: parseQuery,
    createEngine: createEngine,
  };

  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () {
        start(document, window.location);
      });
    } else {
      start(document, window.location);
    }
  }
})();
