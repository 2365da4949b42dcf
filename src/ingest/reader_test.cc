#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "dyad/ingest.h"
#include "ingest/line_source.h"
#include "shared_data.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct Drained {
  std::vector<Document> docs;
  std::vector<Status> errors;
  std::vector<int> order;  // 'd' or 'e', the order things came in
};

Drained Drain(DocumentReader& reader) {
  Drained out;
  Document doc;
  for (int guard = 0; guard < 1000000; ++guard) {
    Result<bool> r = reader.Next(&doc);
    if (!r.ok()) {
      out.errors.push_back(r.status());
      out.order.push_back('e');
      continue;
    }
    if (!*r) break;
    out.docs.push_back(doc);
    out.order.push_back('d');
  }
  return out;
}

Drained DrainBuffer(const std::string& name, std::string data, InputFormat format,
                    ReadOptions options = {}) {
  auto reader = DocumentReader::FromBuffer(name, std::move(data), format, std::move(options));
  return Drain(*reader);
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// Lines whose text does not compress to nothing (so a cut gzip loses lines).
std::string ManyRecords(int n) {
  std::string out;
  uint32_t x = 12345;
  for (int i = 0; i < n; ++i) {
    out += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"";
    for (int k = 0; k < 40; ++k) {
      x = x * 1103515245u + 12345u;
      out += static_cast<char>('a' + (x >> 16) % 26);
    }
    out += "\"}\n";
  }
  return out;
}

class ReaderFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "dyad_reader_XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& rel, const std::string& data) {
    fs::path p = fs::path(dir_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
  static void SetMtime(const std::string& path, time_t t) {
    struct timespec times[2] = {{t, 0}, {t, 0}};
    ASSERT_EQ(utimensat(AT_FDCWD, path.c_str(), times, 0), 0);
  }
  Drained ReadPaths(std::vector<std::string> inputs, ReadOptions options = {}) {
    auto reader = DocumentReader::Open(std::move(inputs), std::move(options));
    EXPECT_TRUE(reader.ok()) << reader.status().message();
    if (!reader.ok()) return {};
    return Drain(**reader);
  }
  std::string dir_;
};

TEST(ReaderJsonl, FieldsAndExtras) {
  Drained d = DrainBuffer(
      "mem.jsonl",
      R"({"id":"a1","date":"2019-01-04T10:00:00Z","title":"T \"q\"","url":"http://x/1",)"
      R"("text":"hello\nworld","lang":"en","tags":["a", "b"],"n":1.50,"o":{"k":null}})"
      "\n",
      InputFormat::kJsonl);
  ASSERT_TRUE(d.errors.empty()) << d.errors[0].message();
  ASSERT_EQ(d.docs.size(), 1u);
  const Document& doc = d.docs[0];
  EXPECT_EQ(doc.id, "a1");
  EXPECT_EQ(doc.date, "2019-01-04");
  EXPECT_EQ(doc.title, "T \"q\"");
  EXPECT_EQ(doc.url, "http://x/1");
  EXPECT_EQ(doc.text, "hello\nworld");
  EXPECT_EQ(doc.extra_json, R"({"lang":"en","tags":["a", "b"],"n":1.50,"o":{"k":null}})");
  EXPECT_EQ(doc.origin, "mem.jsonl:1");
}

TEST(ReaderJsonl, AlternativeNamesAndOptions) {
  Drained d = DrainBuffer("m",
                          R"({"headline":"H","link":"L","published":"Feb 26, 1987","body":"B"})"
                          "\n"
                          R"({"text":"T","body":"B2","content":"C"})",
                          InputFormat::kJsonl);
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].title, "H");
  EXPECT_EQ(d.docs[0].url, "L");
  EXPECT_EQ(d.docs[0].date, "1987-02-26");
  EXPECT_EQ(d.docs[0].text, "B");
  EXPECT_EQ(d.docs[0].extra_json, "");
  EXPECT_EQ(d.docs[1].text, "T");  // first name in the list wins, the others stay
  EXPECT_EQ(d.docs[1].extra_json, R"({"body":"B2","content":"C"})");

  ReadOptions opts;
  opts.text_fields = {"content"};
  opts.title_fields = {};
  d = DrainBuffer("m", R"({"text":"T","content":"C","title":"x"})", InputFormat::kJsonl, opts);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text, "C");
  EXPECT_EQ(d.docs[0].title, "");
  EXPECT_EQ(d.docs[0].extra_json, R"({"text":"T","title":"x"})");
}

TEST(ReaderJsonl, NumericAndMissingIds) {
  ReadOptions opts;
  opts.id_fields = {"newid", "id"};
  Drained d = DrainBuffer("dir/reut.jsonl",
                          "{\"newid\": 1, \"body\": \"x\"}\n"
                          "{\"newid\": 18446744073709551615, \"body\": \"x\"}\n"
                          "{\"newid\": null, \"id\": \"s\", \"body\": \"x\"}\n"
                          "{\"newid\": \"\", \"body\": \"x\"}\n"
                          "{\"newid\": true, \"body\": \"x\"}\n",
                          InputFormat::kJsonl, opts);
  ASSERT_EQ(d.docs.size(), 5u);
  EXPECT_EQ(d.docs[0].id, "1");
  EXPECT_EQ(d.docs[1].id, "18446744073709551615");
  EXPECT_EQ(d.docs[2].id, "s");
  EXPECT_EQ(d.docs[2].extra_json, R"({"newid":null})");
  EXPECT_EQ(d.docs[3].id, "dir/reut.jsonl:4");  // made from the name and line
  EXPECT_EQ(d.docs[4].id, "dir/reut.jsonl:5");
  EXPECT_EQ(d.docs[4].extra_json, R"({"newid":true})");
}

TEST(ReaderJsonl, Dates) {
  ReadOptions opts;
  opts.default_date = "2000-01-02";
  Drained d = DrainBuffer("m",
                          "{\"date\":\"26-FEB-1987 15:01:01.79\",\"text\":\"\"}\n"
                          "{\"date\":\"sometime\",\"text\":\"\"}\n"
                          "{\"date\":20190104,\"text\":\"\"}\n"
                          "{\"text\":\"\"}\n"
                          "{\"date\":\"junk\",\"published\":\"Friday, January 4, 2019\",\"text\":\"\"}\n",
                          InputFormat::kJsonl, opts);
  ASSERT_EQ(d.docs.size(), 5u);
  EXPECT_EQ(d.docs[0].date, "1987-02-26");
  EXPECT_EQ(d.docs[1].date, "2000-01-02");  // unreadable: default, original kept
  EXPECT_EQ(d.docs[1].extra_json, R"({"date":"sometime"})");
  EXPECT_EQ(d.docs[2].date, "2019-01-04");
  EXPECT_EQ(d.docs[3].date, "2000-01-02");
  EXPECT_EQ(d.docs[4].date, "2019-01-04");

  d = DrainBuffer("m", "{\"text\":\"\"}\n", InputFormat::kJsonl);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].date, "");  // no default: undated
}

TEST(ReaderJsonl, BlankLinesCrLfAndBom) {
  Drained d = DrainBuffer("m",
                          "\xEF\xBB\xBF{\"text\":\"a\"}\r\n"
                          "\r\n"
                          "   \t\n"
                          "\n"
                          "{\"text\":\"b\"}",  // no final newline
                          InputFormat::kJsonl);
  ASSERT_TRUE(d.errors.empty()) << d.errors[0].message();
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].text, "a");
  EXPECT_EQ(d.docs[0].origin, "m:1");
  EXPECT_EQ(d.docs[1].text, "b");
  EXPECT_EQ(d.docs[1].origin, "m:5");
  EXPECT_EQ(d.docs[1].id, "m:5");
}

TEST(ReaderJsonl, BadLinesInTheMiddle) {
  Drained d = DrainBuffer("news.jsonl",
                          "{\"text\":\"one\"}\n"
                          "{\"text\": \"unterminated}\n"
                          "[1, 2]\n"
                          "{\"title\":\"no text\"}\n"
                          "{\"text\":null,\"body\":42}\n"
                          "{\"text\":\"a\"} {\"text\":\"b\"}\n"
                          "\"just a string\"\n"
                          "{\"text\":\"two\"}\n",
                          InputFormat::kJsonl);
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].text, "one");
  EXPECT_EQ(d.docs[1].text, "two");
  EXPECT_EQ(d.docs[1].origin, "news.jsonl:8");
  ASSERT_EQ(d.errors.size(), 6u);
  EXPECT_EQ(d.order, (std::vector<int>{'d', 'e', 'e', 'e', 'e', 'e', 'e', 'd'}));
  for (size_t i = 0; i < d.errors.size(); ++i) {
    EXPECT_EQ(d.errors[i].code(), StatusCode::kParseError);
    EXPECT_TRUE(Contains(d.errors[i].message(), "news.jsonl:" + std::to_string(i + 2) + ": "))
        << d.errors[i].message();
  }
  EXPECT_TRUE(Contains(d.errors[0].message(), "invalid JSON")) << d.errors[0].message();
  EXPECT_TRUE(Contains(d.errors[1].message(), "expected a JSON object, found an array"));
  EXPECT_EQ(d.errors[2].message(), "news.jsonl:4: no text field (tried text, body, content)");
  EXPECT_EQ(d.errors[3].message(),
            "news.jsonl:5: no text field (tried text, body, content; \"text\" is null; "
            "\"body\" is a number)");
}

TEST(ReaderJsonl, HugeLineIsSkipped) {
  std::string data = "{\"text\":\"a\"}\n{\"text\":\"";
  data.reserve((100u << 20) + 64);
  data.append(100u << 20, 'x');
  data += "\"}\n{\"text\":\"b\"}\n";
  ReadOptions opts;
  opts.max_document_bytes = 1 << 20;
  Drained d = DrainBuffer("big.jsonl", std::move(data), InputFormat::kJsonl, opts);
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].text, "a");
  EXPECT_EQ(d.docs[1].text, "b");
  EXPECT_EQ(d.docs[1].origin, "big.jsonl:3");
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].code(), StatusCode::kResourceExhausted);
  EXPECT_TRUE(Contains(d.errors[0].message(), "big.jsonl:2: line of 104857611 bytes"))
      << d.errors[0].message();
}

TEST(ReaderJsonl, NulAndInvalidUtf8) {
  static const char kData[] =
      "{\"text\":\"a\\u0000b\"}\n"                    // escaped NUL: kept
      "{\"text\":\"a\0b\"}\n"                         // raw NUL: not JSON
      "{\"text\":\"caf\xE9 \xF0\x9F\x98\x80\",\"x\":\"\xFF\"}\n"
      "{\"t\xE9xt\":\"x\"}\n"                         // bad field name
      "{\"text\":\"x\"}\xC3\n"                        // outside strings
      "{\"text\":\"ok\"}\n";
  Drained d = DrainBuffer("m", std::string(kData, sizeof kData - 1), InputFormat::kJsonl);
  ASSERT_EQ(d.docs.size(), 3u);
  EXPECT_EQ(d.docs[0].text, std::string("a\0b", 3));
  EXPECT_EQ(d.docs[1].text, "caf\xE9 \xF0\x9F\x98\x80");  // raw bytes, as they came
  EXPECT_EQ(d.docs[1].extra_json, "{\"x\":\"\xEF\xBF\xBD\"}");  // valid JSON
  EXPECT_EQ(d.docs[2].text, "ok");
  ASSERT_EQ(d.errors.size(), 3u);
  EXPECT_TRUE(Contains(d.errors[0].message(), "m:2: invalid JSON")) << d.errors[0].message();
  EXPECT_TRUE(Contains(d.errors[1].message(), "m:4: invalid UTF-8 in the field name"))
      << d.errors[1].message();
  EXPECT_TRUE(Contains(d.errors[2].message(), "m:5: invalid JSON")) << d.errors[2].message();
}

TEST(ReaderJsonl, GzipBuffer) {
  std::string plain = ManyRecords(300);
  std::string gz = Gzip(plain.substr(0, plain.size() / 2)) + Gzip(plain.substr(plain.size() / 2));
  Drained d = DrainBuffer("m.jsonl.gz", gz, InputFormat::kJsonl);
  EXPECT_TRUE(d.errors.empty());
  ASSERT_EQ(d.docs.size(), 300u);  // both gzip members
  EXPECT_EQ(d.docs[299].id, "r299");

  d = DrainBuffer("cut.gz", gz.substr(0, gz.size() / 4), InputFormat::kJsonl);
  EXPECT_GT(d.docs.size(), 0u);
  EXPECT_LT(d.docs.size(), 100u);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.order.back(), 'e');
  EXPECT_TRUE(Contains(d.errors[0].message(), "cut.gz: truncated gzip data"))
      << d.errors[0].message();

  d = DrainBuffer("t.gz", Gzip("plain text\n"), InputFormat::kAuto);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text, "plain text\n");
  d = DrainBuffer("h.gz", "\x1f\x8b", InputFormat::kText);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_TRUE(Contains(d.errors[0].message(), "h.gz: truncated gzip data"));
}

TEST(ReaderJsonl, SniffsFormat) {
  Drained d = DrainBuffer("-", "\n  {\"text\":\"a\"}\n", InputFormat::kAuto);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].origin, "-:2");
  d = DrainBuffer("-", "  hello {\n", InputFormat::kAuto);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text, "  hello {\n");
  EXPECT_EQ(d.docs[0].id, "-");
  EXPECT_EQ(d.docs[0].origin, "-");
}

TEST(ReaderJsonl, ParseInputFormat) {
  EXPECT_EQ(*ParseInputFormat("auto"), InputFormat::kAuto);
  EXPECT_EQ(*ParseInputFormat("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(*ParseInputFormat("text"), InputFormat::kText);
  EXPECT_EQ(ParseInputFormat("xml").status().code(), StatusCode::kInvalidArgument);
}

TEST(ReaderLineSource, LinesPeekAndProgress) {
  auto src = ingest::LineSource::FromBuffer("b", "  \n\nabc\r\nlast");
  EXPECT_EQ(src->PeekNonSpace(), 'a');
  std::string line;
  std::vector<std::string> lines;
  while (true) {
    Result<bool> r = src->ReadLine(&line, 100);
    ASSERT_TRUE(r.ok());
    if (!*r) break;
    lines.push_back(line);
  }
  EXPECT_EQ(lines, (std::vector<std::string>{"  ", "", "abc", "last"}));
  EXPECT_EQ(src->line_number(), 4u);
  EXPECT_EQ(src->bytes_consumed(), 13u);
  EXPECT_EQ(ingest::LineSource::FromBuffer("e", "   ")->PeekNonSpace(), -1);
}

TEST_F(ReaderFiles, TruncatedAndCorruptGzipFiles) {
  std::string gz = Gzip(ManyRecords(2000));
  std::string cut = Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  std::string bad = gz;
  for (size_t i = bad.size() / 3; i < bad.size() / 3 + 64; ++i) bad[i] = static_cast<char>(~bad[i]);
  std::string corrupt = Write("corrupt.jsonl.gz", bad);
  std::string good = Write("good.jsonl", "{\"text\":\"after\"}\n");
  Drained d = ReadPaths({cut, corrupt, good});
  ASSERT_GE(d.errors.size(), 2u);
  EXPECT_EQ(d.errors[0].code(), StatusCode::kParseError);
  EXPECT_TRUE(Contains(d.errors[0].message(), cut + ": truncated gzip data")) << d.errors[0].message();
  EXPECT_TRUE(Contains(d.errors[0].message(), " after line ")) << d.errors[0].message();
  EXPECT_TRUE(Contains(d.errors.back().message(), corrupt + ": corrupt gzip data"))
      << d.errors.back().message();
  ASSERT_GT(d.docs.size(), 1u);
  EXPECT_EQ(d.docs.back().text, "after");
  EXPECT_LT(d.docs.size(), 2000u);
}

TEST_F(ReaderFiles, PlainTextFiles) {
  std::string text("raw \xFF bytes\0 and NUL\n", 21);
  std::string a = Write("a.txt", text);
  SetMtime(a, 1589716800);  // 2020-05-17 12:00 UTC
  std::string b = Write("b.txt.gz", "");
  { std::ofstream(b, std::ios::binary) << Gzip("zipped"); }
  Drained d = ReadPaths({a, b});
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].text, text);
  EXPECT_EQ(d.docs[0].id, "a.txt");
  EXPECT_EQ(d.docs[0].origin, a);
  EXPECT_EQ(d.docs[0].date, "2020-05-17");
  EXPECT_EQ(d.docs[0].title, "");
  EXPECT_EQ(d.docs[1].text, "zipped");

  ReadOptions opts;
  opts.default_date = "1999-12-31";
  d = ReadPaths({a}, opts);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].date, "1999-12-31");

  opts.max_document_bytes = 10;
  std::string small = Write("small.txt", "tiny");
  d = ReadPaths({a, small}, opts);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].code(), StatusCode::kResourceExhausted);
  EXPECT_TRUE(Contains(d.errors[0].message(), a + ": document is larger than the limit of 10"));
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text, "tiny");
}

TEST_F(ReaderFiles, LongLineInFile) {
  std::string path = Write("long.jsonl", "{\"text\":\"" + std::string(3 << 20, 'y') +
                                             "\"}\n{\"text\":\"next\"}\n");
  ReadOptions opts;
  opts.max_document_bytes = 1 << 20;
  Drained d = ReadPaths({path}, opts);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_TRUE(Contains(d.errors[0].message(), path + ":1: line of")) << d.errors[0].message();
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].origin, path + ":2");
}

TEST_F(ReaderFiles, DirectoryWalk) {
  Write("corpus/b.txt", "B");
  Write("corpus/a.jsonl", "{\"text\":\"A1\"}\n{\"text\":\"A2\"}\n");
  Write("corpus/Z.txt", "Z");
  Write("corpus/.hidden.txt", "hidden");
  Write("corpus/.git/config", "hidden");
  Write("corpus/sub/c.txt", "C");
  Write("corpus/sub/d/e.txt", "E");
  Write("corpus/sub2/f.ndjson.gz", "");
  { std::ofstream(dir_ + "/corpus/sub2/f.ndjson.gz", std::ios::binary) << Gzip("{\"text\":\"F\"}\n"); }
  Write("corpus/empty/.keep", "");
  std::string top = Write("top.txt", "T");
  Drained d = ReadPaths({dir_ + "/corpus/", top});
  ASSERT_TRUE(d.errors.empty()) << d.errors[0].message();
  std::vector<std::string> ids, texts;
  for (const Document& doc : d.docs) {
    ids.push_back(doc.id);
    texts.push_back(doc.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"Z", "A1", "A2", "B", "C", "E", "F", "T"}));
  EXPECT_EQ(ids, (std::vector<std::string>{"Z.txt", "a.jsonl:1", "a.jsonl:2", "b.txt",
                                           "sub/c.txt", "sub/d/e.txt", "sub2/f.ndjson.gz:1",
                                           "top.txt"}));
  EXPECT_EQ(d.docs[4].origin, dir_ + "/corpus/sub/c.txt");
  EXPECT_EQ(d.docs[2].origin, dir_ + "/corpus/a.jsonl:2");
}

TEST_F(ReaderFiles, ProgressBytes) {
  std::string a = Write("p/a.txt", std::string(1000, 'a'));
  Write("p/b.jsonl", "{\"text\":\"b\"}\n");
  auto reader = DocumentReader::Open({dir_ + "/p"});
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->bytes_total(), 1013u);
  EXPECT_EQ((*reader)->bytes_read(), 0u);
  Drained d = Drain(**reader);
  EXPECT_EQ(d.docs.size(), 2u);
  EXPECT_EQ((*reader)->bytes_read(), 1013u);
}

TEST_F(ReaderFiles, MissingInputsAndOddEntries) {
  auto missing = DocumentReader::Open({dir_ + "/nope.jsonl"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(Contains(missing.status().message(), dir_ + "/nope.jsonl"));
  EXPECT_EQ(DocumentReader::Open({}).status().code(), StatusCode::kInvalidArgument);

  Write("odd/a.txt", "A");
  ASSERT_EQ(mkfifo((dir_ + "/odd/b.fifo").c_str(), 0600), 0);
  ASSERT_EQ(symlink("does-not-exist", (dir_ + "/odd/c.link").c_str()), 0);
  ASSERT_EQ(symlink(".", (dir_ + "/odd/d.loop").c_str()), 0);
  Write("odd/e.txt", "E");
  Drained d = ReadPaths({dir_ + "/odd"});
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].text, "A");
  EXPECT_EQ(d.docs[1].text, "E");
  ASSERT_EQ(d.errors.size(), 3u);
  EXPECT_TRUE(Contains(d.errors[0].message(), "odd/b.fifo: not a regular file"));
  EXPECT_TRUE(Contains(d.errors[1].message(), "odd/c.link: broken symbolic link"));
  EXPECT_TRUE(Contains(d.errors[2].message(), "odd/d.loop: directory loop"))
      << d.errors[2].message();
}

TEST_F(ReaderFiles, EntriesVanishingAfterOpen) {
  Write("v/a.txt", "A");
  Write("v/b/c.txt", "C");
  Write("v/d.txt", "D");
  std::string gone = Write("gone.txt", "G");
  auto reader = DocumentReader::Open({dir_ + "/v", gone});
  ASSERT_TRUE(reader.ok());
  Document doc;
  ASSERT_TRUE(*(*reader)->Next(&doc));  // the walk has listed v/ by now
  EXPECT_EQ(doc.text, "A");
  fs::remove_all(dir_ + "/v/b");
  fs::remove(gone);
  Drained d = Drain(**reader);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text, "D");
  ASSERT_EQ(d.errors.size(), 2u);
  EXPECT_TRUE(Contains(d.errors[0].message(), "v/b: No such file or directory"))
      << d.errors[0].message();
  EXPECT_EQ(d.errors[1].code(), StatusCode::kNotFound);
  EXPECT_EQ(d.errors[1].message(), gone + ": no such file or directory");
}

TEST_F(ReaderFiles, UnreadableDirectory) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads any directory";
  Write("locked/x/a.txt", "A");
  Write("locked/y.txt", "Y");
  ASSERT_EQ(chmod((dir_ + "/locked/x").c_str(), 0), 0);
  Drained d = ReadPaths({dir_ + "/locked"});
  chmod((dir_ + "/locked/x").c_str(), 0700);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_TRUE(Contains(d.errors[0].message(), "locked/x: cannot read directory"));
  ASSERT_EQ(d.docs.size(), 1u);
}

TEST(ReaderShared, Reuters21578) {
  DYAD_REQUIRE_SHARED(path, "corpus/news-reuters21578/reuters21578.jsonl.gz");
  ReadOptions opts;
  opts.id_fields = {"newid"};
  auto start = std::chrono::steady_clock::now();
  auto reader = DocumentReader::Open({path}, opts);
  ASSERT_TRUE(reader.ok());
  Drained d = Drain(**reader);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // One story (newid 12793) has "body": null; it is reported, not dropped silently.
  EXPECT_EQ(d.docs.size() + d.errors.size(), 21578u);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_TRUE(Contains(d.errors[0].message(), "reuters21578.jsonl.gz:"));
  EXPECT_TRUE(Contains(d.errors[0].message(), "no text field (tried text, body, content; "
                                              "\"body\" is null)"))
      << d.errors[0].message();
  ASSERT_EQ(d.docs.size(), 21577u);
  EXPECT_EQ(d.docs[0].id, "1");
  EXPECT_EQ(d.docs[0].date, "1987-02-26");
  EXPECT_EQ(d.docs[0].title, "BAHIA COCOA REVIEW");
  EXPECT_TRUE(Contains(d.docs[0].text, "Showers continued throughout the week"));
  EXPECT_TRUE(Contains(d.docs[0].extra_json, "\"topics\":[\"cocoa\"]"));
  for (const Document& doc : d.docs) ASSERT_EQ(doc.date.size(), 10u) << doc.origin;
  EXPECT_EQ((*reader)->bytes_read(), (*reader)->bytes_total());
  std::cout << "reuters21578: " << d.docs.size() << " docs in " << seconds << " s\n";
}

TEST(ReaderShared, Wikinews) {
  DYAD_REQUIRE_SHARED(path, "corpus/news-wikinews/wikinews.jsonl");
  auto reader = DocumentReader::Open({path});
  ASSERT_TRUE(reader.ok());
  Drained d = Drain(**reader);
  EXPECT_TRUE(d.errors.empty());
  ASSERT_EQ(d.docs.size(), 295u);
  EXPECT_EQ(d.docs[0].id, "wikinews-2019-0000");
  EXPECT_EQ(d.docs[0].date, "2019-01-04");
  EXPECT_TRUE(Contains(d.docs[0].url, "en.wikinews.org"));
  EXPECT_EQ(d.docs[0].extra_json, "");
}

}  // namespace
}  // namespace dyad
