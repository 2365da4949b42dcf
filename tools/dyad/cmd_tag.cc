// dyad tag: part-of-speech tags, lemmas, chunks and clause roles for every token, as
// CoNLL-U or JSON Lines (dyad::Tagger, Lemmatizer, ChunkSentence, AnalyzeClauses), so a
// person can see what the coder reads; --eval / --eval-chunks score the models.
#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <span>
#include <string>

#include "commands.h"
#include "dyad/chunker.h"
#include "dyad/clauses.h"
#include "dyad/conllu.h"
#include "dyad/json.h"
#include "dyad/lemmatizer.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad::cli {
namespace {

struct TagFlags {
  InputFlags input;
  RunFlags run;
  std::string output_format = "conllu";
  bool pretokenized = false;
  std::string model;
  std::vector<std::string> eval;
  std::vector<std::string> eval_chunks;
  std::string chunks_out;
};

// One sentence per line, tokens separated by spaces, kept as they are.
void SplitPretokenized(std::string_view text, SplitResult* out) {
  out->clear();
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    size_t end = eol;
    if (end > pos && text[end - 1] == '\r') --end;
    Sentence s;
    s.first_token = static_cast<uint32_t>(out->tokens.size());
    for (size_t i = pos; i < end;) {
      const size_t sp = std::min(text.find(' ', i), end);
      if (sp > i) {
        out->tokens.push_back(
            Token{static_cast<uint32_t>(i), static_cast<uint32_t>(sp), TokenKind::kWord, 0});
      }
      i = sp + 1;
    }
    s.token_count = static_cast<uint32_t>(out->tokens.size()) - s.first_token;
    if (s.token_count > 0) {
      s.start = out->tokens[s.first_token].start;
      s.end = out->tokens.back().end;
      out->sentences.push_back(s);
    }
    pos = eol + 1;
  }
}

// A CoNLL-U field: repaired UTF-8, no tabs or line breaks, "_" when empty.
void AppendField(std::string_view s, std::string* out) {
  const size_t start = out->size();
  AppendRepairedUtf8(s, out);
  for (size_t i = start; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  if (out->size() == start) out->push_back('_');
}

class TagWorker : public Worker {
 public:
  TagWorker(const TextSplitter& splitter, const Tagger& tagger, bool pretokenized, bool conllu)
      : splitter_(splitter), tagger_(tagger), pretokenized_(pretokenized), conllu_(conllu) {}

  Status Process(const Document& doc, std::string* out) override {
    const std::string_view text = doc.text;
    if (pretokenized_) {
      SplitPretokenized(text, &split_);
    } else {
      splitter_.Split(text, &split_);
    }
    if (conllu_) {
      out->append("# newdoc id = ");
      AppendField(doc.id, out);
      out->push_back('\n');
    }
    for (size_t si = 0; si < split_.sentences.size(); ++si) {
      const Sentence& s = split_.sentences[si];
      tagger_.TagSentence(text, split_, s, &scratch_, &tags_);
      words_.clear();
      for (uint32_t k = 0; k < s.token_count; ++k) {
        words_.push_back(split_.TokenText(text, s.first_token + k));
      }
      ChunkSentence(words_, tags_, &chunks_);
      AnalyzeClauses(words_, tags_, chunks_, &clauses_);
      if (conllu_) {
        AppendConllu(doc, text, s, si, out);
      } else {
        AppendJsonl(doc, text, s, si, out);
      }
    }
    return Status::Ok();
  }

 private:
  void AppendConllu(const Document& doc, std::string_view text, const Sentence& s, size_t si,
                    std::string* out) {
    out->append("# sent_id = ");
    AppendField(doc.id, out);
    out->append(fmt::format("-{}\n# text = ", si + 1));
    AppendField(text.substr(s.start, s.end - s.start), out);
    out->push_back('\n');
    for (uint32_t k = 0; k < s.token_count; ++k) {
      const size_t ti = s.first_token + k;
      const Token& t = split_.tokens[ti];
      const std::string_view form = split_.TokenText(text, ti);
      Lemmatizer::Default().Lemmatize(form, tags_[k], &lemma_);
      out->append(std::to_string(k + 1));
      out->push_back('\t');
      AppendField(form, out);
      out->push_back('\t');
      AppendField(lemma_, out);
      out->push_back('\t');
      out->append(UposName(tags_[k].upos));
      out->push_back('\t');
      out->append(XposName(tags_[k].xpos));
      out->append("\t_\t_\t_\t_\t");
      // MISC: byte offsets, SpaceAfter, then the chunk (IOB2, and whether
      // this word is its head).
      out->append(fmt::format("TokenRange={}:{}", t.start, t.end));
      const bool space_after =
          k + 1 == s.token_count ? true : split_.tokens[ti + 1].start != t.end;
      if (!space_after) out->append("|SpaceAfter=No");
      out->append("|Chunk=");
      out->append(chunks_.Label(k, label_));
      if (IsChunkHead(k)) out->append("|ChunkHead=Yes");
      AppendClauseMisc(k, out);
      out->push_back('\n');
    }
    out->push_back('\n');
  }

  void AppendJsonl(const Document& doc, std::string_view text, const Sentence& s, size_t si,
                   std::string* out) {
    out->append("{\"doc_id\":");
    AppendJsonString(doc.id, out);
    out->append(fmt::format(",\"sentence_id\":{},\"text\":", si));
    AppendJsonString(text.substr(s.start, s.end - s.start), out);
    out->append(fmt::format(",\"start\":{},\"end\":{},\"tokens\":[", s.start, s.end));
    for (uint32_t k = 0; k < s.token_count; ++k) {
      const size_t ti = s.first_token + k;
      const Token& t = split_.tokens[ti];
      const std::string_view form = split_.TokenText(text, ti);
      Lemmatizer::Default().Lemmatize(form, tags_[k], &lemma_);
      if (k > 0) out->push_back(',');
      out->append("{\"text\":");
      AppendJsonString(form, out);
      out->append(fmt::format(",\"start\":{},\"end\":{},\"upos\":\"{}\",\"xpos\":\"{}\",\"lemma\":",
                              t.start, t.end, UposName(tags_[k].upos), XposName(tags_[k].xpos)));
      AppendJsonString(lemma_, out);
      out->append(",\"chunk\":\"");
      out->append(chunks_.Label(k, label_));
      out->push_back('"');
      if (IsChunkHead(k)) out->append(",\"chunk_head\":true");
      AppendClauseJson(k, out);
      out->push_back('}');
    }
    out->append("]}\n");
  }

  // "|Clause=2|Role=subj", and on a clause's main verb its analysis:
  // "|Verb=provide|Tense=past|Aspect=prog|Voice=pass|Neg=Yes|Mood=considered|Link=complement|Parent=1".
  void AppendClauseMisc(uint32_t k, std::string* out) const {
    const int16_t ci = clauses_.clause_of[k];
    if (ci < 0) return;
    out->append(fmt::format("|Clause={}", ci + 1));
    const ClauseRole role = clauses_.role_of[k];
    if (role != ClauseRole::kNone) {
      out->append("|Role=");
      out->append(ClauseRoleName(role));
    }
    const Clause& c = clauses_.clauses[static_cast<size_t>(ci)];
    if (c.verb != k) return;
    out->append("|Verb=");
    AppendField(clauses_.lemma(static_cast<size_t>(ci)), out);
    out->append(fmt::format("|Tense={}", TenseName(c.tense)));
    if (c.perfect || c.progressive) {
      out->append(c.perfect && c.progressive ? "|Aspect=perf,prog"
                                             : c.perfect ? "|Aspect=perf" : "|Aspect=prog");
    }
    if (c.passive) out->append("|Voice=pass");
    if (c.negated) out->append("|Neg=Yes");
    if (c.modality != Modality::kNone) out->append(fmt::format("|Mood={}", ModalityName(c.modality)));
    if (c.speech) out->append("|Speech=Yes");
    out->append(fmt::format("|Link={}", ClauseLinkName(c.link)));
    if (c.parent >= 0) out->append(fmt::format("|Parent={}", c.parent + 1));
    if (c.subject.present()) out->append(fmt::format("|SubjHead={}", c.subject.head + 1));
    if (c.object.present()) out->append(fmt::format("|ObjHead={}", c.object.head + 1));
    if (c.agent.present()) out->append(fmt::format("|AgentHead={}", c.agent.head + 1));
  }

  // JSON: "clause":2 (1-based),"role":"subj", and on a main verb "verb":{...}.
  void AppendClauseJson(uint32_t k, std::string* out) const {
    const int16_t ci = clauses_.clause_of[k];
    if (ci < 0) return;
    out->append(fmt::format(",\"clause\":{}", ci + 1));
    const ClauseRole role = clauses_.role_of[k];
    if (role != ClauseRole::kNone) out->append(fmt::format(",\"role\":\"{}\"", ClauseRoleName(role)));
    const Clause& c = clauses_.clauses[static_cast<size_t>(ci)];
    if (c.verb != k) return;
    out->append(",\"verb\":{\"lemma\":");
    AppendJsonString(clauses_.lemma(static_cast<size_t>(ci)), out);
    out->append(fmt::format(
        ",\"tense\":\"{}\",\"perfect\":{},\"progressive\":{},\"passive\":{},\"negated\":{},"
        "\"modality\":\"{}\",\"speech\":{},\"link\":\"{}\",\"parent\":{},\"subject_head\":{},"
        "\"object_head\":{},\"agent_head\":{}}}",
        TenseName(c.tense), c.perfect, c.progressive, c.passive, c.negated,
        ModalityName(c.modality), c.speech, ClauseLinkName(c.link), c.parent + 1,
        c.subject.present() ? static_cast<int64_t>(c.subject.head) + 1 : 0,
        c.object.present() ? static_cast<int64_t>(c.object.head) + 1 : 0,
        c.agent.present() ? static_cast<int64_t>(c.agent.head) + 1 : 0));
  }

  bool IsChunkHead(uint32_t k) const {
    const int32_t c = chunks_.chunk_of[k];
    return c >= 0 && chunks_.chunks[static_cast<size_t>(c)].head == k;
  }

  const TextSplitter& splitter_;
  const Tagger& tagger_;
  const bool pretokenized_;
  const bool conllu_;
  SplitResult split_;
  TagScratch scratch_;
  std::vector<PosTag> tags_;
  std::vector<std::string_view> words_;
  Chunks chunks_;
  ClauseAnalysis clauses_;
  char label_[8];
  std::string lemma_;
};

// Lemma agreement on NOUN, VERB and ADJ words (by gold UPOS), given tags.
struct LemmaScore {
  uint64_t words = 0, correct = 0;
};

int RunEval(const Tagger& tagger, const std::vector<std::string>& files) {
  fmt::print("model: {}\n", tagger.description());
  TagScratch scratch;
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
  std::string lemma;
  for (const std::string& path : files) {
    Result<std::vector<ConlluSentence>> gold = ReadConlluFile(path);
    if (!gold.ok()) {
      PrintError(gold.status().message());
      return kExitFatal;
    }
    const TaggerScore s = EvaluateTagger(tagger, *gold);
    LemmaScore with_gold, with_predicted;
    for (const ConlluSentence& sent : *gold) {
      words.clear();
      for (const ConlluWord& w : sent.words) words.push_back(w.form);
      tagger.Tag(words, &scratch, &tags);
      for (size_t i = 0; i < sent.words.size(); ++i) {
        const ConlluWord& w = sent.words[i];
        if (w.upos != "NOUN" && w.upos != "VERB" && w.upos != "ADJ") continue;
        PosTag g;
        ParseUpos(w.upos, &g.upos);
        ParseXpos(w.xpos, &g.xpos);
        Lemmatizer::Default().Lemmatize(w.form, g, &lemma);
        ++with_gold.words;
        with_gold.correct += lemma == w.lemma;
        Lemmatizer::Default().Lemmatize(w.form, tags[i], &lemma);
        ++with_predicted.words;
        with_predicted.correct += lemma == w.lemma;
      }
    }
    auto pct = [](uint64_t a, uint64_t b) { return b ? 100.0 * static_cast<double>(a) / b : 0.0; };
    fmt::print("{}: {} words  UPOS {:.2f}%  XPOS {:.2f}%  both {:.2f}%  unknown-word UPOS {:.2f}% "
               "({} words)\n  lemmas of NOUN/VERB/ADJ ({} words): {:.2f}% with gold tags, "
               "{:.2f}% with predicted tags\n",
               path, s.words, 100 * s.upos(), 100 * s.xpos(), 100 * s.both(),
               100 * s.unknown_upos(), s.unknown_words, with_gold.words,
               pct(with_gold.correct, with_gold.words),
               pct(with_predicted.correct, with_predicted.words));
  }
  return kExitOk;
}

void PrintChunkScore(std::string_view what, const ChunkScore& s) {
  const ChunkScore::Counts& np = s.of(ChunkType::kNP);
  fmt::print("  {}: NP precision {:.2f}%  recall {:.2f}%  F1 {:.2f}% ({} gold NPs); all chunks "
             "F1 {:.2f}%\n    by type:",
             what, 100 * np.precision(), 100 * np.recall(), 100 * np.f1(), np.gold,
             100 * s.all.f1());
  for (int t = 1; t < kChunkTypeCount; ++t) {
    const ChunkScore::Counts& c = s.by_type[t];
    if (c.gold == 0 && c.predicted == 0) continue;
    fmt::print(" {} {:.1f}%", ChunkTypeName(static_cast<ChunkType>(t)), 100 * c.f1());
  }
  fmt::print("\n");
}

// Writes "word gold-POS dyad-POS gold-chunk chunk(gold POS) chunk(dyad POS)"
// lines, a blank line between sentences, for error analysis.
std::string ChunkComparison(const Tagger& tagger, std::span<const ChunkedSentence> gold) {
  std::string out;
  TagScratch scratch;
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
  Chunks with_gold, with_dyad;
  char a[8], b[8];
  for (const ChunkedSentence& s : gold) {
    words.assign(s.words.begin(), s.words.end());
    tagger.Tag(words, &scratch, &tags);
    ChunkSentence(words, s.tags, &with_gold);
    ChunkSentence(words, tags, &with_dyad);
    for (size_t i = 0; i < words.size(); ++i) {
      out.append(fmt::format("{} {} {} {} {} {}\n", words[i], XposName(s.tags[i].xpos),
                             XposName(tags[i].xpos), s.labels[i], with_gold.Label(i, a),
                             with_dyad.Label(i, b)));
    }
    out.push_back('\n');
  }
  return out;
}

int RunEvalChunks(const Tagger& tagger, const TagFlags& flags) {
  std::string comparison;
  for (const std::string& path : flags.eval_chunks) {
    Result<std::vector<ChunkedSentence>> gold = ReadChunkedSentences(path);
    if (!gold.ok()) {
      PrintError(gold.status().message());
      return kExitFatal;
    }
    const ChunkScore with_gold = EvaluateChunker(*gold, nullptr);
    const ChunkScore with_dyad = EvaluateChunker(*gold, &tagger);
    fmt::print("{}: {} sentences, {} tokens\n", path, gold->size(), with_gold.tokens);
    PrintChunkScore("with the file's POS tags", with_gold);
    PrintChunkScore(fmt::format("with dyad's tags (XPOS {:.2f}% as the file's)",
                                with_dyad.tokens ? 100.0 * static_cast<double>(
                                                              with_dyad.tags_correct) /
                                                       static_cast<double>(with_dyad.tokens)
                                                 : 0.0),
                    with_dyad);
    if (!flags.chunks_out.empty()) comparison += ChunkComparison(tagger, *gold);
  }
  if (!flags.chunks_out.empty()) {
    std::FILE* f = std::fopen(flags.chunks_out.c_str(), "wb");
    if (f == nullptr || std::fwrite(comparison.data(), 1, comparison.size(), f) !=
                            comparison.size()) {
      if (f != nullptr) std::fclose(f);
      PrintError(flags.chunks_out + ": cannot write");
      return kExitFatal;
    }
    std::fclose(f);
  }
  return kExitOk;
}

int RunTag(const TagFlags& flags) {
  if (flags.eval.empty() && flags.eval_chunks.empty() && flags.input.inputs.empty()) {
    PrintError("no INPUT given (or --eval FILE to score the model); run with --help");
    return kExitFatal;
  }
  Result<std::unique_ptr<Tagger>> tagger =
      flags.model.empty() ? Tagger::LoadDefault() : Tagger::Load(flags.model);
  if (!tagger.ok()) {
    PrintError(tagger.status().message());
    return kExitFatal;
  }
  if (!flags.eval.empty()) return RunEval(**tagger, flags.eval);
  if (!flags.eval_chunks.empty()) return RunEvalChunks(**tagger, flags);
  const TextSplitter splitter;
  const Tagger& t = **tagger;
  const bool conllu = flags.output_format == "conllu";
  DocumentCommand command;
  command.make_worker = [&] {
    return std::make_unique<TagWorker>(splitter, t, flags.pretokenized, conllu);
  };
  command.summary = [](const PipelineStats& stats, uint64_t lines) {
    return fmt::format("tagged {} documents ({} lines) in {:.1f} s", stats.documents, lines,
                       stats.seconds);
  };
  return RunDocuments(flags.input, flags.run, command);
}

}  // namespace

Command RegisterTag(CLI::App* app) {
  auto flags = std::make_shared<TagFlags>();
  CLI::App* cmd = app->add_subcommand(
      "tag", "Part-of-speech tags (UPOS, XPOS), lemmas and phrase chunks of every token (CoNLL-U or JSON Lines)");
  cmd->footer(
      "CoNLL-U: '# newdoc id' per document, '# sent_id' and '# text' per sentence;\n"
      "columns ID FORM LEMMA UPOS XPOS, then _ for FEATS HEAD DEPREL DEPS, and MISC with\n"
      "TokenRange=start:end (bytes into the document text), SpaceAfter=No, Chunk=B-NP\n"
      "(IOB2 phrase chunk: NP VP PP ADJP ADVP SBAR PRT...), ChunkHead=Yes on its head,\n"
      "Clause=N (1-based) and Role=subj|verb|obj|agent|neg|modal|mark; on each clause's\n"
      "main verb: Verb=lemma, Tense, Aspect=perf|prog, Voice=pass, Neg=Yes, Mood=modality,\n"
      "Speech=Yes, Link=main|complement|coordinate|relative|adverbial|infinitive,\n"
      "Parent=N, SubjHead/ObjHead/AgentHead=word ID.\n"
      "JSON Lines: the `dyad split` record with upos, xpos, lemma, chunk, chunk_head,\n"
      "clause, role and (on main verbs) a verb object with the same analysis.\n"
      "--pretokenized: plain text, one sentence per line, tokens separated by spaces.\n"
      "--eval FILE...: score the model on CoNLL-U treebanks (their gold words) instead.\n"
      "--eval-chunks FILE...: score the chunker on CoNLL-2000 files (e.g.\n"
      "  conll2000.zip:conll2000/test.txt) with their POS tags and with dyad's.");
  AddInputFlags(cmd, &flags->input);
  cmd->get_option("INPUT")->required(false);
  AddRunFlags(cmd, &flags->run);
  cmd->add_option("--output-format", flags->output_format, "What to write")
      ->check(CLI::IsMember({"conllu", "jsonl"}))
      ->capture_default_str();
  cmd->add_flag("--pretokenized", flags->pretokenized,
                "Input sentences are lines of space-separated tokens, kept as they are");
  cmd->add_option("--model", flags->model, "Tagger model (default: data/tagger.model)")
      ->option_text("FILE");
  cmd->add_option("--eval", flags->eval, "Score the model on these CoNLL-U treebanks")
      ->option_text("FILE...");
  cmd->add_option("--eval-chunks", flags->eval_chunks,
                  "Score the chunker on CoNLL-2000 files (a zip member as ARCHIVE.zip:MEMBER)")
      ->option_text("FILE...");
  cmd->add_option("--chunks-out", flags->chunks_out,
                  "With --eval-chunks: write word, gold POS, dyad POS, gold chunk, chunk with "
                  "gold POS, chunk with dyad POS, one token a line")
      ->option_text("FILE");
  return Command{cmd, [flags] { return RunTag(*flags); }};
}

}  // namespace dyad::cli
