// dyad train tagger: trains the part-of-speech tagger on CoNLL-U treebanks and
// writes the model file (dyad::TrainTagger).
#include <fmt/core.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>

#include "commands.h"
#include "dyad/conllu.h"
#include "dyad/tagger.h"

namespace dyad::cli {
namespace {

struct TrainTaggerFlags {
  std::vector<std::string> train;
  std::string dev;
  std::vector<std::string> test;
  std::string output;
  std::string lexicon;
  int iterations = 10;
  int caps_every = 0;
  int passes = 1;
  int ensemble = 4;
  uint64_t seed = 1;
  int prune = 2;
  int threads = 0;
  std::string description =
      "trained on UD English EWT v2.15 (CC BY-SA 4.0, "
      "https://github.com/UniversalDependencies/UD_English-EWT); licence of this model: "
      "CC BY-SA 4.0";
};

bool ReadTreebanks(const std::vector<std::string>& paths, std::vector<ConlluSentence>* out) {
  for (const std::string& path : paths) {
    Result<std::vector<ConlluSentence>> s = ReadConlluFile(path);
    if (!s.ok()) {
      PrintError(s.status().message());
      return false;
    }
    for (ConlluSentence& x : *s) out->push_back(std::move(x));
  }
  return true;
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int RunTrainTagger(const TrainTaggerFlags& flags) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<ConlluSentence> train, dev;
  if (!ReadTreebanks(flags.train, &train)) return kExitFatal;
  if (!flags.dev.empty() && !ReadTreebanks({flags.dev}, &dev)) return kExitFatal;

  TaggerTrainOptions options;
  options.iterations = flags.iterations;
  options.seed = flags.seed;
  options.prune = flags.prune;
  options.two_pass = flags.passes == 2;
  options.ensemble = flags.ensemble;
  options.threads = flags.threads > 0 ? flags.threads : HardwareThreads();
  options.description =
      "dyad part-of-speech tagger model, " + flags.description + "\ntraining files:";
  for (const std::string& f : flags.train) options.description += " " + BaseName(f);
  options.caps_every = flags.caps_every;
  TaggerLexicon lexicon;
  if (!flags.lexicon.empty()) {
    std::vector<std::string> problems;
    Result<TaggerLexicon> read = ReadTaggerLexicon(flags.lexicon, &problems);
    if (!read.ok()) {
      PrintError(read.status().message());
      return kExitFatal;
    }
    for (const std::string& p : problems) fmt::print(stderr, "warning: {}\n", p);
    lexicon = std::move(*read);
    options.lexicon = &lexicon;
    options.description += "\nword lexicon: " + BaseName(flags.lexicon) + " (" +
                           std::to_string(lexicon.entries.size()) + " entries)";
    if (!lexicon.source.empty()) options.description += ", " + lexicon.source;
  }
  options.log = [](std::string_view line) { fmt::print(stderr, "{}\n", line); };
  Result<std::string> model = TrainTagger(train, dev, options);
  if (!model.ok()) {
    PrintError(model.status().message());
    return kExitFatal;
  }
  {
    const std::string tmp = flags.output + ".tmp";
    std::ofstream out(tmp, std::ios::binary);
    out.write(model->data(), static_cast<std::streamsize>(model->size()));
    out.close();
    if (!out || std::rename(tmp.c_str(), flags.output.c_str()) != 0) {
      PrintError("cannot write " + flags.output);
      std::remove(tmp.c_str());
      return kExitFatal;
    }
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print(stderr, "wrote {} ({:.1f} MB) in {:.0f} s\n", flags.output,
             static_cast<double>(model->size()) / 1e6, secs);

  if (!flags.test.empty()) {
    Result<std::unique_ptr<Tagger>> tagger = Tagger::LoadFromBuffer(*model, flags.output);
    if (!tagger.ok()) {
      PrintError(tagger.status().message());
      return kExitFatal;
    }
    for (const std::string& path : flags.test) {
      std::vector<ConlluSentence> gold;
      if (!ReadTreebanks({path}, &gold)) return kExitFatal;
      const TaggerScore s = EvaluateTagger(**tagger, gold);
      fmt::print("{}: {} words, UPOS {:.2f}%, XPOS {:.2f}%, both {:.2f}%, unknown words UPOS "
                 "{:.2f}% ({})\n",
                 path, s.words, 100 * s.upos(), 100 * s.xpos(), 100 * s.both(),
                 100 * s.unknown_upos(), s.unknown_words);
    }
  }
  return kExitOk;
}

}  // namespace

Command RegisterTrain(CLI::App* app) {
  auto flags = std::make_shared<TrainTaggerFlags>();
  CLI::App* cmd = app->add_subcommand("train", "Train dyad's models");
  cmd->require_subcommand(1);
  CLI::App* tagger = cmd->add_subcommand(
      "tagger", "Train the part-of-speech tagger on CoNLL-U treebanks (UPOS and XPOS)");
  tagger->footer(
      "Choosing the passes on a development set:\n"
      "  dyad train tagger --train EWT/en_ewt-ud-train.conllu --dev EWT/en_ewt-ud-dev.conllu -o m\n"
      "The shipped model (10 passes, learning from train and dev, scored on test):\n"
      "  /usr/bin/python3 scripts/masc-lexicon.py NLTK/masc_tagged.zip -o masc.lexicon\n"
      "  dyad train tagger --train EWT/en_ewt-ud-train.conllu EWT/en_ewt-ud-dev.conllu \\\n"
      "    --lexicon masc.lexicon --test EWT/en_ewt-ud-test.conllu -o data/tagger.model\n"
      "(EWT = ../shared/corpus/pos-ud-english-ewt, NLTK = ../shared/corpus/pos-nltk.) "
      "The same files, options and seed give the same model, byte for byte.");
  tagger->add_option("--train", flags->train, "Training treebanks (CoNLL-U, gzip allowed)")
      ->required()
      ->option_text("FILE...");
  tagger->add_option("--dev", flags->dev,
                     "Development treebank: scored after every pass, the best pass is kept")
      ->option_text("FILE");
  tagger->add_option("--test", flags->test, "Treebanks to score the model on once trained")
      ->option_text("FILE...");
  tagger->add_option("-o,--output", flags->output, "Model file to write")
      ->required()
      ->option_text("FILE");
  tagger->add_option("--lexicon", flags->lexicon,
                     "Word lexicon read by the model's features: lines 'word<TAB>TAG count...' "
                     "(scripts/masc-lexicon.py makes one from MASC)")
      ->check(CLI::ExistingFile)
      ->option_text("FILE");
  tagger->add_option("--caps-every", flags->caps_every,
                     "Also train on an all-capitals copy of every Nth sentence, for headlines "
                     "(0: none)")
      ->check(CLI::Range(0, 1000000))
      ->capture_default_str();
  tagger->add_option("--iterations", flags->iterations, "Passes over the training data")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  tagger->add_option("--seed", flags->seed, "Seed of the sentence order")->capture_default_str();
  tagger->add_option("--passes", flags->passes,
                     "1: left to right; 2: right to left, then left to right reading the first "
                     "pass's labels (a little more accurate, half as fast)")
      ->check(CLI::Range(1, 2))
      ->capture_default_str();
  tagger->add_option("--ensemble", flags->ensemble,
                     "Perceptrons trained in different orders whose weights are averaged")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  tagger->add_option("--threads", flags->threads,
                     "Training threads (0: all cores; the model is the same either way)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  tagger->add_option("--prune", flags->prune,
                     "Drop features whose 8-bit weights (-127..127) are all within +-N")
      ->check(CLI::Range(0, 126))
      ->capture_default_str();
  tagger->add_option("--description", flags->description,
                     "Training data and licence, stored in the model header")
      ->capture_default_str();
  return Command{cmd, [flags] { return RunTrainTagger(*flags); }};
}

}  // namespace dyad::cli
