// TrainTagger: averaged perceptrons (Collins 2002) over the features of
// tagger_features.h, greedy with their own predicted history; an ensemble of
// them trained on different sentence orders, whose weights are averaged.
//
// Words get their tag-dictionary attributes from the other folds of the data
// (jackknifing), so that rare training words look as unknown as new words.
//
// Optionally two passes: a right-to-left tagger, then a left-to-right one that
// also reads the first one's labels of the words around it. The second pass
// is trained on first-pass labels from jackknifing too (each fold tagged by a
// first pass trained without it), so that it learns how far to trust them.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <random>
#include <span>
#include <thread>
#include <unordered_map>

#include "dyad/tagger.h"
#include "tagger_impl.h"

namespace dyad {
namespace {

using nlp::WordAttrs;

// Training forms seen this often get their score vectors computed at load.
constexpr uint32_t kPrecomputedMinCount = 2;

struct TrainWeight {
  uint8_t label;
  float w;   // current weight
  double u;  // sum of (time of update) * update, for the average
};

class Perceptron {
 public:
  void Score(const uint32_t* keys, int n, float* scores) const {
    for (int i = 0; i < n; ++i) {
      auto it = index_.find(keys[i]);
      if (it == index_.end()) continue;
      for (const TrainWeight& x : features_[it->second]) scores[x.label] += x.w;
    }
  }

  // keys[0..ntype) come from TypeKeys, the rest from ContextKeys.
  void Update(const uint32_t* keys, int n, int ntype, uint8_t gold, uint8_t guess) {
    for (int i = 0; i < n; ++i) {
      auto [it, inserted] = index_.try_emplace(keys[i], static_cast<uint32_t>(features_.size()));
      if (inserted) {
        features_.emplace_back();
        groups_.push_back(0);
      }
      groups_[it->second] |= i < ntype ? 1 : 2;
      std::vector<TrainWeight>& f = features_[it->second];
      Add(&f, gold, 1.0f);
      Add(&f, guess, -1.0f);
    }
  }

  void Tick() { time_ += 1; }

  // The average of the members' averaged weights, quantized to 8 bits
  // (-127..127); features whose weights all quantize to at most `prune` in
  // absolute value are dropped.
  static nlp::WeightSet Finalize(std::span<const Perceptron> members, int prune,
                                 bool right_to_left) {
    nlp::WeightSet set;
    set.right_to_left = right_to_left;
    // key -> groups, and the summed averages per label.
    std::unordered_map<uint32_t, uint8_t> groups;
    for (const Perceptron& p : members) {
      for (const auto& [key, fi] : p.index_) groups[key] |= p.groups_[fi];
    }
    std::vector<std::pair<uint32_t, uint8_t>> order(groups.begin(), groups.end());
    std::sort(order.begin(), order.end());
    const double k = static_cast<double>(members.size());
    std::vector<double> sum(256);
    std::vector<uint8_t> touched;
    auto summed = [&](uint32_t key) {
      for (uint8_t l : touched) sum[l] = 0;
      touched.clear();
      for (const Perceptron& p : members) {
        auto it = p.index_.find(key);
        if (it == p.index_.end()) continue;
        for (const TrainWeight& x : p.features_[it->second]) {
          if (std::find(touched.begin(), touched.end(), x.label) == touched.end()) {
            touched.push_back(x.label);
          }
          sum[x.label] += p.Average(x) / k;
        }
      }
    };
    double max_abs = 0;
    for (const auto& [key, g] : order) {
      summed(key);
      for (uint8_t l : touched) max_abs = std::max(max_abs, std::fabs(sum[l]));
    }
    const double scale = max_abs > 0 ? max_abs / 127.0 : 1.0;
    set.scale = static_cast<float>(scale);
    std::vector<nlp::Weight> kept;
    for (const auto& [key, g] : order) {
      summed(key);
      std::sort(touched.begin(), touched.end());
      kept.clear();
      long largest = 0;
      for (uint8_t l : touched) {
        const long q = std::clamp<long>(std::lround(sum[l] / scale), -127, 127);
        if (q != 0) kept.push_back({l, static_cast<int8_t>(q)});
        largest = std::max(largest, std::labs(q));
      }
      if (kept.empty() || largest <= prune) continue;
      for (int gi = 0; gi < 2; ++gi) {
        if (!(g >> gi & 1)) continue;
        nlp::FeatureWeights& fw = gi == 0 ? set.type : set.context;
        fw.keys.push_back(key);
        fw.counts.push_back(static_cast<uint8_t>(kept.size()));
        fw.weights.insert(fw.weights.end(), kept.begin(), kept.end());
      }
    }
    return set;
  }

  size_t feature_count() const { return features_.size(); }

 private:
  void Add(std::vector<TrainWeight>* f, uint8_t label, float d) {
    for (TrainWeight& x : *f) {
      if (x.label == label) {
        x.w += d;
        x.u += time_ * d;
        return;
      }
    }
    f->push_back({label, d, time_ * d});
  }
  double Average(const TrainWeight& x) const { return time_ > 0 ? x.w - x.u / time_ : x.w; }

  std::unordered_map<uint32_t, uint32_t> index_;
  std::vector<std::vector<TrainWeight>> features_;
  std::vector<uint8_t> groups_;  // bit 0: a type key, bit 1: a context key
  double time_ = 0;
};

struct TrainSentence {
  std::vector<WordAttrs> attrs, reversed;  // padded: 2 before, 2 after
  std::vector<uint8_t> gold, gold_reversed;
  std::vector<uint8_t> guess;              // jackknifed first-pass labels, padded
  size_t source = 0;                       // index of its training sentence (copies share it)
};

// How the model's header says that capitals were taught.
std::string CapsNote(const TaggerTrainOptions& options) {
  if (options.caps_every <= 0) return "";
  return ", learning also from a copy in capitals of every " +
         (options.caps_every == 1 ? std::string("sentence")
                                  : "sentence in " + std::to_string(options.caps_every));
}

// The word in capitals: ASCII and Latin-1 letters (what NormalizeWord lowers).
std::string UpperCase(std::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'a' && c <= 'z') {
      out[i] = static_cast<char>(c - 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0xA0 && d <= 0xBE && d != 0xB7) out[i + 1] = static_cast<char>(d - 0x20);
      ++i;
    }
  }
  return out;
}

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", 100 * x);
  return buf;
}

// The (UPOS, XPOS) labels of the training words, most frequent first.
Status BuildLabels(std::span<const ConlluSentence> train, nlp::ModelData* m) {
  std::map<std::pair<int, int>, uint64_t> label_counts;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      PosTag t;
      if (!ParseUpos(w.upos, &t.upos) || !ParseXpos(w.xpos, &t.xpos)) {
        return InvalidArgumentError("sentence " + s.id + " (line " + std::to_string(s.line) +
                                    "): unknown tag '" + w.upos + "'/'" + w.xpos + "' on '" +
                                    w.form + "'");
      }
      ++label_counts[{static_cast<int>(t.upos), static_cast<int>(t.xpos)}];
    }
  }
  if (label_counts.empty()) return InvalidArgumentError("no training words");
  if (label_counts.size() > nlp::kMaxLabels) {
    return InvalidArgumentError("too many distinct UPOS/XPOS pairs (" +
                                std::to_string(label_counts.size()) + ")");
  }
  std::vector<std::pair<uint64_t, std::pair<int, int>>> by_count;
  for (const auto& [tag, n] : label_counts) by_count.push_back({n, tag});
  std::stable_sort(by_count.begin(), by_count.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [n, tag] : by_count) {
    m->labels.push_back({static_cast<Upos>(tag.first), static_cast<Xpos>(tag.second)});
  }
  return Status::Ok();
}

// The tag dictionary of sentences i with i % folds != skip (all when skip < 0).
// Tags must have been checked by BuildLabels (m->labels).
void BuildDictionary(std::span<const ConlluSentence> train, int folds, int skip,
                     nlp::ModelData* m) {
  std::unordered_map<std::string, std::vector<uint32_t>> word_tags;
  std::unordered_map<std::string, std::map<int, uint32_t>> word_labels;
  std::string form, lower;
  for (size_t i = 0; i < train.size(); ++i) {
    if (skip >= 0 && static_cast<int>(i % static_cast<size_t>(folds)) == skip) continue;
    for (const ConlluWord& w : train[i].words) {
      PosTag t;
      ParseUpos(w.upos, &t.upos);
      ParseXpos(w.xpos, &t.xpos);
      nlp::NormalizeWord(w.form, &form, &lower);
      auto& tags = word_tags[lower];
      if (tags.empty()) tags.resize(kXposCount);
      ++tags[static_cast<size_t>(t.xpos)];
      ++word_labels[lower][nlp::FindLabel(m->labels, t)];
    }
  }
  std::vector<std::string> words;
  for (const auto& [word, tags] : word_tags) {
    if (word.size() <= 255) words.push_back(word);
  }
  std::sort(words.begin(), words.end());
  m->words.clear();
  m->entries.clear();
  for (const std::string& word : words) {
    const std::vector<uint32_t>& tags = word_tags[word];
    nlp::DictEntry e;
    for (uint32_t c : tags) e.count += c;
    for (int x = 0; x < kXposCount; ++x) {
      const uint32_t c = tags[static_cast<size_t>(x)];
      if (c > 0 && (c * 50 >= e.count || c >= 10)) e.xpos_mask |= uint64_t{1} << x;
    }
    for (const auto& [label, c] : word_labels[word]) {
      if (e.count >= nlp::kSoleMinCount && c * 200 >= e.count * 199) {
        e.sole_label = static_cast<uint8_t>(label);
      }
    }
    m->words.push_back(word);
    m->entries.push_back(e);
  }
}

// The model's word lexicon from options.lexicon: words merged by their
// lower-cased normal form; a word's class names the XPOS it had at least a
// tenth of the time, in tag order, and " rare" when seen fewer than 5 times.
void BuildLexicon(const TaggerLexicon& lexicon, nlp::ModelData* m) {
  std::map<std::string, std::vector<uint64_t>> counts;
  std::string form, lower;
  for (const TaggerLexicon::Entry& e : lexicon.entries) {
    nlp::NormalizeWord(e.word, &form, &lower);
    if (lower.empty() || lower.size() > 255) continue;
    std::vector<uint64_t>& c = counts[lower];
    c.resize(kXposCount);
    for (const auto& [xpos, n] : e.tags) c[static_cast<size_t>(xpos)] += n;
  }
  std::map<std::string, uint16_t> class_index;
  m->lexicon_classes.clear();
  m->lexicon_words.clear();
  m->lexicon_class.clear();
  for (const auto& [word, c] : counts) {
    uint64_t total = 0;
    for (uint64_t n : c) total += n;
    std::string name;
    for (int x = 0; x < kXposCount; ++x) {
      if (c[static_cast<size_t>(x)] * 10 < total || c[static_cast<size_t>(x)] == 0) continue;
      if (!name.empty()) name += ' ';
      name += XposName(static_cast<Xpos>(x));
    }
    if (total < 5) name += " rare";
    auto [it, added] = class_index.try_emplace(name, static_cast<uint16_t>(class_index.size()));
    if (added) {
      if (m->lexicon_classes.size() >= nlp::kMaxLexiconClasses) {
        class_index.erase(it);
        continue;
      }
      m->lexicon_classes.push_back(name);
    }
    m->lexicon_words.push_back(word);
    m->lexicon_class.push_back(it->second);
  }
}

class Trainer {
 public:
  Trainer(const TaggerTrainOptions& options, size_t nlabels, std::vector<TrainSentence>* data)
      : options_(options), nlabels_(nlabels), data_(*data) {}

  // One pass over the sentences `order`; returns the share tagged right.
  // reversed: right to left; use_guess: read the first pass's labels.
  double Epoch(Perceptron* p, const std::vector<size_t>& order, bool reversed,
               bool use_guess) const {
    std::vector<float> scores(nlabels_);
    uint32_t keys[nlp::kMaxFeatures];
    uint64_t correct = 0, total = 0;
    for (size_t si : order) {
      const TrainSentence& s = data_[si];
      const size_t n = s.gold.size();
      const std::vector<WordAttrs>& attrs = reversed ? s.reversed : s.attrs;
      const std::vector<uint8_t>& gold = reversed ? s.gold_reversed : s.gold;
      nlp::FeatureContext c;
      c.sentence = nlp::SentenceClass(&attrs[2], n);
      for (size_t i = 0; i < n; ++i) {
        c.w = &attrs[i + 2];
        if (c.w->sole != nlp::kNoLabel) {  // not scored: see DictEntry::sole_label
          c.t2 = c.t1;
          c.t1 = c.w->sole;
          continue;
        }
        c.guess = use_guess ? &s.guess[i + 2] : nullptr;
        c.first = i == 0;
        int ntype = 0;
        for (int off = -2; off <= 2; ++off) ntype += nlp::TypeKeys(c.w[off], off, keys + ntype);
        const int nk = ntype + nlp::ContextKeys(c, keys + ntype);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p->Score(keys, nk, scores.data());
        uint8_t guess = 0;
        for (size_t l = 1; l < nlabels_; ++l) {
          if (scores[l] > scores[guess]) guess = static_cast<uint8_t>(l);
        }
        if (guess != gold[i]) {
          p->Update(keys, nk, ntype, gold[i], guess);
        } else {
          ++correct;
        }
        ++total;
        p->Tick();
        c.t2 = c.t1;
        c.t1 = guess;
      }
    }
    return total ? static_cast<double>(correct) / static_cast<double>(total) : 0;
  }

  // Sentence order of one iteration: a Fisher-Yates shuffle driven by the
  // engine's raw output, the same on every platform.
  static void Shuffle(std::mt19937_64* rng, std::vector<size_t>* order) {
    for (size_t i = order->size(); i > 1; --i) std::swap((*order)[i - 1], (*order)[(*rng)() % i]);
  }

  // First-pass labels of sentences `which` from a first pass trained on the
  // other sentences for `iterations` passes.
  void Jackknife(const std::vector<size_t>& train, const std::vector<size_t>& which,
                 int iterations, uint64_t seed) {
    Perceptron p;
    std::mt19937_64 rng(seed);
    std::vector<size_t> order = train;
    for (int it = 0; it < iterations; ++it) {
      Shuffle(&rng, &order);
      Epoch(&p, order, true, false);
    }
    const nlp::WeightTable table(Perceptron::Finalize({&p, 1}, options_.prune, true));
    std::vector<int32_t> scores(256);
    std::vector<uint8_t> labels;
    for (size_t si : which) {
      TrainSentence& s = data_[si];
      const size_t n = s.gold.size();
      labels.resize(n);
      nlp::DecodePass(table, nlabels_, s.reversed.data(), nullptr, n, scores.data(),
                      labels.data());
      s.guess.assign(n + 4, nlp::kStartLabel);
      for (size_t i = 0; i < n; ++i) s.guess[i + 2] = labels[n - 1 - i];
    }
  }

 private:
  const TaggerTrainOptions& options_;
  const size_t nlabels_;
  std::vector<TrainSentence>& data_;
};

}  // namespace

Result<std::string> TrainTagger(std::span<const ConlluSentence> train,
                                std::span<const ConlluSentence> dev,
                                const TaggerTrainOptions& options) {
  using Clock = std::chrono::steady_clock;
  const auto log = [&](const std::string& line) {
    if (options.log) options.log(line);
  };
  if (options.iterations < 1) return InvalidArgumentError("iterations must be at least 1");
  nlp::ModelData base;
  base.description = options.description;
  if (Status st = BuildLabels(train, &base); !st.ok()) return st;
  BuildDictionary(train, 1, -1, &base);
  if (options.lexicon != nullptr) BuildLexicon(*options.lexicon, &base);
  if (base.lexicon_words.empty()) {
    // Without a lexicon the features are set 1's: the file is written as
    // before lexicons (format version 1), which older dyads read too.
    base.version = 1;
    base.feature_set = 1;
  }
  {
    std::unordered_map<std::string, uint32_t> form_counts;
    std::string form, lower;
    for (const ConlluSentence& s : train) {
      for (const ConlluWord& w : s.words) {
        nlp::NormalizeWord(w.form, &form, &lower);
        ++form_counts[form];
      }
    }
    for (const auto& [form, count] : form_counts) {
      if (count >= kPrecomputedMinCount && form.size() <= 255) base.forms.push_back(form);
    }
    std::sort(base.forms.begin(), base.forms.end());
  }
  const size_t nlabels = base.labels.size();

  // Word attributes come from the same code the tagger runs. The tag
  // dictionary part of them (known word, ambiguity class) comes from the
  // other folds of the training data, so that words seen in only one fold
  // look unknown, as rare words will in new text.
  const int dict_folds = std::max(1, options.dictionary_folds);
  std::vector<std::unique_ptr<Tagger::Impl>> lexicons;
  for (int f = 0; f < dict_folds; ++f) {
    nlp::ModelData m = base;
    if (dict_folds > 1) BuildDictionary(train, dict_folds, f, &m);
    lexicons.push_back(std::make_unique<Tagger::Impl>(std::move(m)));
  }
  TagScratch scratch;
  TagScratch::Data* sd = &scratch.data();
  std::vector<TrainSentence> data;
  data.reserve(train.size());
  size_t words = 0, caps_copies = 0;
  for (size_t si = 0; si < train.size(); ++si) {
    const ConlluSentence& s = train[si];
    if (s.words.empty()) continue;
    const Tagger::Impl& lexicon = *lexicons[si % static_cast<size_t>(dict_folds)];
    // The sentence, then perhaps its copy in capitals (same dictionary fold).
    const bool caps_copy =
        options.caps_every > 0 && si % static_cast<size_t>(options.caps_every) == 0;
    for (int copy = 0; copy < (caps_copy ? 2 : 1); ++copy) {
      caps_copies += static_cast<size_t>(copy);
      TrainSentence& t = data.emplace_back();
      t.source = si;
      const size_t n = s.words.size();
      t.attrs.resize(n + 4);
      t.attrs[0] = t.attrs[1] = nlp::BeginAttrs();
      t.attrs[n + 2] = t.attrs[n + 3] = nlp::EndAttrs();
      for (size_t i = 0; i < n; ++i) {
        const ConlluWord& w = s.words[i];
        lexicon.ComputeWordAttrs(copy == 1 ? std::string_view(UpperCase(w.form)) : w.form, sd,
                                 &t.attrs[i + 2]);
        PosTag tag;
        ParseUpos(w.upos, &tag.upos);
        ParseXpos(w.xpos, &tag.xpos);
        t.gold.push_back(static_cast<uint8_t>(nlp::FindLabel(base.labels, tag)));
      }
      t.reversed.assign(t.attrs.rbegin(), t.attrs.rend());
      t.gold_reversed.assign(t.gold.rbegin(), t.gold.rend());
      words += n;
    }
  }
  log("training on " + std::to_string(data.size()) + " sentences (" +
      std::to_string(caps_copies) + " of them copies in capitals), " + std::to_string(words) +
      " words, " + std::to_string(nlabels) + " UPOS/XPOS labels, " +
      std::to_string(base.words.size()) + " word types" +
      (base.lexicon_words.empty() ? ""
                                  : ", a word lexicon of " +
                                        std::to_string(base.lexicon_words.size()) + " words"));

  Trainer trainer(options, nlabels, &data);
  std::vector<size_t> all(data.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;

  // Trains one pass on all sentences, scoring each iteration on dev; returns
  // the best iteration's weights.
  struct PassResult {
    nlp::WeightSet weights;
    int iteration = 0;
    TaggerScore score;
  };
  // first == null: a single left-to-right pass (two_pass off) or the
  // right-to-left first pass; else the second pass, reading `first`'s labels.
  auto train_pass = [&](bool reversed, const nlp::WeightSet* first) -> Result<PassResult> {
    const bool second = first != nullptr;
    // An ensemble of perceptrons differing in sentence order; the model
    // averages their weights.
    const size_t members = static_cast<size_t>(std::max(1, options.ensemble));
    std::vector<Perceptron> ps(members);
    std::vector<std::mt19937_64> rngs;
    for (size_t k = 0; k < members; ++k) {
      rngs.emplace_back(options.seed + (second ? 1000003 : 0) + 7919 * k);
    }
    std::vector<std::vector<size_t>> orders(members, all);
    std::vector<double> accs(members);
    PassResult best;
    double best_dev = -1;
    for (int it = 1; it <= options.iterations; ++it) {
      const auto start = Clock::now();
      std::vector<std::thread> workers;
      const size_t nthreads =
          std::min<size_t>(members, static_cast<size_t>(std::max(1, options.threads)));
      for (size_t t = 0; t < nthreads; ++t) {
        workers.emplace_back([&, t] {
          for (size_t k = t; k < members; k += nthreads) {
            Trainer::Shuffle(&rngs[k], &orders[k]);
            accs[k] = trainer.Epoch(&ps[k], orders[k], reversed, second);
          }
        });
      }
      for (std::thread& w : workers) w.join();
      const double acc = accs[0];
      nlp::ModelData m = base;
      if (second) m.passes.push_back(*first);
      m.passes.push_back(Perceptron::Finalize(ps, options.prune, reversed));
      const nlp::WeightSet& kept = m.passes.back();
      std::string line = std::string(second ? "pass 2" : "pass 1") + " iteration " +
                         std::to_string(it) + ": train " + Percent(acc) + ", " +
                         std::to_string(ps[0].feature_count()) + " features, " +
                         std::to_string(kept.type.weights.size() + kept.context.weights.size()) +
                         " weights";
      double dev_score = it;  // without dev data the last iteration wins
      TaggerScore score;
      if (!dev.empty()) {
        Result<std::unique_ptr<Tagger>> tagger =
            Tagger::LoadFromBuffer(nlp::SerializeModel(m), "trained model");
        if (!tagger.ok()) return tagger.status();
        score = EvaluateTagger(**tagger, dev);
        line += ", dev UPOS " + Percent(score.upos()) + " XPOS " + Percent(score.xpos()) +
                " (unknown words UPOS " + Percent(score.unknown_upos()) + ")";
        dev_score = score.upos() + score.xpos();
      }
      char buf[32];
      std::snprintf(buf, sizeof buf, ", %.1f s",
                    std::chrono::duration<double>(Clock::now() - start).count());
      log(line + buf);
      if (dev_score > best_dev) {
        best_dev = dev_score;
        best.weights = std::move(m.passes.back());
        best.iteration = it;
        best.score = score;
      }
    }
    return best;
  };

  if (!options.two_pass) {
    Result<PassResult> only = train_pass(false, nullptr);
    if (!only.ok()) return only.status();
    nlp::ModelData m = base;
    m.passes.push_back(std::move(only->weights));
    std::string& d = m.description;
    if (!d.empty()) d += "\n";
    d += "averaged perceptron (left to right, mean of " + std::to_string(options.ensemble) +
         "), iteration " + std::to_string(only->iteration) + " of " +
         std::to_string(options.iterations) + ", seed " + std::to_string(options.seed) +
         CapsNote(options);
    if (!dev.empty()) {
      d += "; dev accuracy UPOS " + Percent(only->score.upos()) + ", XPOS " +
           Percent(only->score.xpos());
    }
    return nlp::SerializeModel(m);
  }
  Result<PassResult> first = train_pass(true, nullptr);
  if (!first.ok()) return first.status();
  log("pass 1: kept iteration " + std::to_string(first->iteration));

  // Jackknifed first-pass labels for the second pass's training data.
  const int folds = std::max(2, options.folds);
  const auto jk_start = Clock::now();
  std::vector<std::thread> threads;
  const int nthreads = std::max(1, std::min(options.threads, folds));
  std::vector<std::vector<size_t>> fold_train(folds), fold_test(folds);
  for (size_t i = 0; i < all.size(); ++i) {
    for (int f = 0; f < folds; ++f) {
      const bool held_out = static_cast<int>(data[i].source % static_cast<size_t>(folds)) == f;
      (held_out ? fold_test[f] : fold_train[f]).push_back(i);
    }
  }
  for (int t = 0; t < nthreads; ++t) {
    threads.emplace_back([&, t] {
      for (int f = t; f < folds; f += nthreads) {
        trainer.Jackknife(fold_train[f], fold_test[f], first->iteration,
                          options.seed + static_cast<uint64_t>(f) + 1);
      }
    });
  }
  for (std::thread& th : threads) th.join();
  char jk[96];
  std::snprintf(jk, sizeof jk, "first-pass labels for the second pass: %d folds in %.1f s",
                folds, std::chrono::duration<double>(Clock::now() - jk_start).count());
  log(jk);

  Result<PassResult> second = train_pass(false, &first->weights);
  if (!second.ok()) return second.status();
  log("pass 2: kept iteration " + std::to_string(second->iteration));

  nlp::ModelData m = base;
  m.passes.push_back(std::move(first->weights));
  m.passes.push_back(std::move(second->weights));
  std::string& d = m.description;
  if (!d.empty()) d += "\n";
  d += "two averaged perceptrons (right to left, then left to right, each the mean of " +
       std::to_string(options.ensemble) + "), iterations " +
       std::to_string(first->iteration) + " and " + std::to_string(second->iteration) +
       " of " + std::to_string(options.iterations) + ", seed " + std::to_string(options.seed) +
       CapsNote(options);
  if (!dev.empty()) {
    d += "; dev accuracy UPOS " + Percent(second->score.upos()) + ", XPOS " +
         Percent(second->score.xpos());
  }
  return nlp::SerializeModel(m);
}

}  // namespace dyad
