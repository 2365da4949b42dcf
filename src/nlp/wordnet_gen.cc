// Build-time generator: reads the WordNet 3.0 database (Debian's wordnet-base,
// /usr/share/wordnet) and writes a C++ source holding the compact lexicon the
// lemmatizer and tagger use (wordnet.h):
//
//   dyad_wordnet_gen /usr/share/wordnet OUT.cc
//
// kWordNetIndex: one line per single-word lemma, "lemma\tN\tV\tA\tR\tC\n", each
// of N V A R empty when the lemma lacks that part of speech, else its SemCor
// frequency (cntlist.rev, summed over senses, capped at 65535); C says how the
// synsets of data.{noun,verb,adj,adv} write it: "P" always capitalised (a
// proper name: "Paris"), "M" both ways, empty: lower case only.
// kWordNetExceptions: "p inflected base [base...]\n" from {noun,verb,adj,adv}.exc
// (p = n, v, a, r).
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr const char* kNotice =
    "// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
    "// THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO\n"
    "// REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT\n"
    "// LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF\n"
    "// MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE\n"
    "// LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY\n"
    "// PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.\n"
    "// The name of Princeton University or Princeton may not be used in advertising or\n"
    "// publicity pertaining to distribution of the software and/or database. Title to\n"
    "// copyright in this software, database and any associated documentation shall at\n"
    "// all times remain with Princeton University and LICENSEE agrees to preserve same.\n";

constexpr std::array<const char*, 4> kPosNames = {"noun", "verb", "adj", "adv"};
constexpr std::array<char, 4> kPosLetters = {'n', 'v', 'a', 'r'};

bool ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines->push_back(line);
  }
  return true;
}

// Writes s as a sequence of string literals, one per input line.
void WriteLiteral(std::ostream& out, const std::string& name, const std::string& s) {
  out << "extern const char " << name << "[];\n";
  out << "const char " << name << "[] =\n";
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find('\n', start);
    end = end == std::string::npos ? s.size() : end + 1;
    out << "    \"";
    for (size_t i = start; i < end; ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '\n') out << "\\n";
      else if (c == '\t') out << "\\t";
      else if (c == '"' || c == '\\') out << '\\' << c;
      else if (c < 0x20 || c >= 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%03o", c);
        out << buf;
      } else {
        out << c;
      }
    }
    out << "\"\n";
    start = end;
  }
  if (s.empty()) out << "    \"\"";
  out << ";\n";
  out << "extern const unsigned long " << name << "Size;\n";
  out << "const unsigned long " << name << "Size = " << s.size() << ";\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: dyad_wordnet_gen WORDNET_DIR OUT.cc\n";
    return 2;
  }
  const std::string dir = argv[1];
  // lemma -> count per POS (-1: absent).
  std::map<std::string, std::array<long, 4>> index;
  for (int p = 0; p < 4; ++p) {
    std::vector<std::string> lines;
    const std::string path = dir + "/index." + kPosNames[p];
    if (!ReadLines(path, &lines)) {
      std::cerr << "dyad_wordnet_gen: cannot read " << path
                << " (install Debian's wordnet-base: scripts/install-deps.sh)\n";
      return 1;
    }
    for (const std::string& line : lines) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      const std::string lemma = line.substr(0, line.find(' '));
      if (lemma.find('_') != std::string::npos) continue;  // multiword lemma
      auto [it, inserted] = index.try_emplace(lemma, std::array<long, 4>{-1, -1, -1, -1});
      it->second[p] = 0;
    }
  }
  // SemCor frequencies: "lemma%ss_type:lex_filenum:lex_id:head_word:head_id sense_number tag_cnt".
  std::vector<std::string> counts;
  if (ReadLines(dir + "/cntlist.rev", &counts)) {
    for (const std::string& line : counts) {
      std::istringstream fields(line);
      std::string key;
      long sense = 0, count = 0;
      if (!(fields >> key >> sense >> count)) continue;
      const size_t pct = key.find('%');
      if (pct == std::string::npos || pct + 1 >= key.size()) continue;
      const std::string lemma = key.substr(0, pct);
      int p = -1;
      switch (key[pct + 1]) {
        case '1': p = 0; break;
        case '2': p = 1; break;
        case '3': case '5': p = 2; break;
        case '4': p = 3; break;
        default: break;
      }
      auto it = index.find(lemma);
      if (p < 0 || it == index.end() || it->second[p] < 0) continue;
      it->second[p] = std::min(65535L, it->second[p] + count);
    }
  }
  // Capitalisation in the synsets: bit 1 seen lower case, bit 2 seen capitalised.
  std::map<std::string, int> written;
  for (int p = 0; p < 4; ++p) {
    std::vector<std::string> lines;
    const std::string path = dir + "/data." + kPosNames[p];
    if (!ReadLines(path, &lines)) {
      std::cerr << "dyad_wordnet_gen: cannot read " << path << "\n";
      return 1;
    }
    for (const std::string& line : lines) {
      if (line.empty() || line[0] == ' ') continue;
      std::istringstream fields(line);
      std::string offset, lexfile, type, count;
      if (!(fields >> offset >> lexfile >> type >> count)) continue;
      const long n = std::strtol(count.c_str(), nullptr, 16);
      for (long i = 0; i < n; ++i) {
        std::string word, lex_id;
        if (!(fields >> word >> lex_id)) break;
        const size_t paren = word.find('(');  // adjective markers: "(a)", "(p)"
        if (paren != std::string::npos) word.resize(paren);
        if (word.empty() || word.find('_') != std::string::npos) continue;
        std::string lower = word;
        for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        written[lower] |= std::isupper(static_cast<unsigned char>(word[0])) ? 2 : 1;
      }
    }
  }
  std::string index_text;
  for (const auto& [lemma, c] : index) {
    index_text += lemma;
    for (long n : c) {
      index_text += '\t';
      if (n >= 0) index_text += std::to_string(n);
    }
    index_text += '\t';
    auto w = written.find(lemma);
    if (w != written.end() && w->second == 2) index_text += 'P';
    if (w != written.end() && w->second == 3) index_text += 'M';
    index_text += '\n';
  }
  std::string exceptions;
  for (int p = 0; p < 4; ++p) {
    std::vector<std::string> lines;
    const std::string path = dir + "/" + kPosNames[p] + ".exc";
    if (!ReadLines(path, &lines)) {
      std::cerr << "dyad_wordnet_gen: cannot read " << path << "\n";
      return 1;
    }
    for (const std::string& line : lines) {
      if (line.empty() || line.find('_') != std::string::npos) continue;
      exceptions += kPosLetters[p];
      exceptions += ' ';
      exceptions += line;
      exceptions += '\n';
    }
  }

  std::ostringstream out;
  out << "// Generated by dyad_wordnet_gen from " << dir << "; do not edit.\n"
      << "// Lemma index and exception lists of WordNet 3.0 (Debian wordnet-base).\n//\n"
      << kNotice << "\n"
      << "namespace dyad::nlp::wordnet_data {\n\n";
  WriteLiteral(out, "kWordNetIndex", index_text);
  WriteLiteral(out, "kWordNetExceptions", exceptions);
  out << "}  // namespace dyad::nlp::wordnet_data\n";

  const std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << out.str();
    if (!f) {
      std::cerr << "dyad_wordnet_gen: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), argv[2]) != 0) {
    std::cerr << "dyad_wordnet_gen: cannot rename " << tmp << "\n";
    return 1;
  }
  return 0;
}
