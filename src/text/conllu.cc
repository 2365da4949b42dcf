// CoNLL-U reader.
#include "dyad/conllu.h"

#include "util/read_file.h"

#include <charconv>
#include <string>

namespace dyad {
namespace {

bool ParseInt(std::string_view s, int* v) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool HasSpaceAfterNo(std::string_view misc) {
  size_t p = 0;
  while (p <= misc.size()) {
    size_t q = misc.find('|', p);
    if (q == std::string_view::npos) q = misc.size();
    if (misc.substr(p, q - p) == "SpaceAfter=No") return true;
    p = q + 1;
  }
  return false;
}

std::string_view TrimCr(std::string_view s) {
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

}  // namespace

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view data, std::string_view name) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  bool open = false;
  std::string doc_id;
  int pending_mwt_last = 0;  // id of the last word of an open multiword token
  int line_no = 0;
  auto error = [&](const std::string& what) {
    return ParseError(std::string(name) + ":" + std::to_string(line_no) + ": " + what);
  };
  auto finish = [&]() -> Status {
    if (!open) return Status::Ok();
    if (cur.words.empty()) return error("sentence without words");
    if (cur.text.empty()) {
      for (const ConlluToken& t : cur.tokens) {
        cur.text += t.form;
        if (t.space_after) cur.text += ' ';
      }
      while (!cur.text.empty() && cur.text.back() == ' ') cur.text.pop_back();
    }
    out.push_back(std::move(cur));
    cur = ConlluSentence();
    open = false;
    pending_mwt_last = 0;
    return Status::Ok();
  };

  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = TrimCr(data.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty()) {
      Status s = finish();
      if (!s.ok()) return s;
      continue;
    }
    if (!open) {
      open = true;
      cur.line = line_no;
      cur.doc_id = doc_id;
    }
    if (line[0] == '#') {
      auto value = [&](std::string_view key) -> std::string_view {
        std::string_view rest = line.substr(1);
        while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
        if (rest.substr(0, key.size()) != key) return {};
        rest.remove_prefix(key.size());
        while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
        if (rest.empty() || rest[0] != '=') return {};
        rest.remove_prefix(1);
        while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
        return rest;
      };
      if (auto v = value("sent_id"); !v.empty()) cur.id = v;
      else if (auto t = value("text"); !t.empty()) cur.text = t;
      else if (line.find("newdoc") != std::string_view::npos && line.find("newdoc") <= 2) {
        cur.new_doc = true;
        auto d = value("newdoc id");
        doc_id = d;
        cur.doc_id = doc_id;
      } else if (line.find("newpar") != std::string_view::npos && line.find("newpar") <= 2) {
        cur.new_par = true;
      }
      continue;
    }
    std::string_view f[10];
    size_t p = 0;
    int nf = 0;
    for (; nf < 10; ++nf) {
      size_t tab = line.find('\t', p);
      if (tab == std::string_view::npos) { f[nf++] = line.substr(p); break; }
      f[nf] = line.substr(p, tab - p);
      p = tab + 1;
    }
    if (nf != 10) return error("expected 10 tab-separated fields, found " + std::to_string(nf));
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      int a, b;
      if (!ParseInt(id.substr(0, dash), &a) || !ParseInt(id.substr(dash + 1), &b) || b < a)
        return error("bad multiword token range '" + std::string(id) + "'");
      if (a != static_cast<int>(cur.words.size()) + 1)
        return error("multiword token " + std::string(id) + " out of order");
      ConlluToken t;
      t.form = f[1];
      t.first_word = a - 1;
      t.last_word = b - 1;
      t.space_after = !HasSpaceAfterNo(f[9]);
      cur.tokens.push_back(std::move(t));
      pending_mwt_last = b;
      continue;
    }
    int n;
    if (!ParseInt(id, &n)) return error("bad word id '" + std::string(id) + "'");
    if (n != static_cast<int>(cur.words.size()) + 1)
      return error("word id " + std::to_string(n) + " out of order");
    ConlluWord w;
    w.form = f[1];
    w.lemma = f[2];
    w.upos = f[3];
    w.xpos = f[4];
    w.feats = f[5];
    if (f[6] != "_" && !ParseInt(f[6], &w.head)) return error("bad head '" + std::string(f[6]) + "'");
    w.deprel = f[7];
    w.misc = f[9];
    if (n > pending_mwt_last) {
      ConlluToken t;
      t.form = w.form;
      t.first_word = t.last_word = n - 1;
      t.space_after = !HasSpaceAfterNo(f[9]);
      cur.tokens.push_back(std::move(t));
    }
    cur.words.push_back(std::move(w));
  }
  Status s = finish();
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  Result<std::string> data = ReadWholeFile(path);
  if (!data.ok()) return data.status();
  return ParseConllu(*data, path);
}

}  // namespace dyad
