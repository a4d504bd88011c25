#pragma once
// The project's own test images, made at test time: drawn scenes encoded by OpenCV, EXIF
// (GPS, camera, time, orientation) written by exiv2, a GIF written by hand (OpenCV 4.6 cannot),
// and hostile files (absurd sizes in real headers, truncated and garbled data).
#include <exiv2/exiv2.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <cmath>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace audit::test::media {

// A deterministic scene: a gradient, rectangles and circles; `seed` varies it.
inline cv::Mat scene(int width, int height, int seed = 1) {
    cv::Mat img(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>((x * 255) / width),
                                                static_cast<uchar>((y * 255) / height),
                                                static_cast<uchar>((seed * 40) & 255));
    cv::RNG rng(static_cast<std::uint64_t>(seed));
    for (int i = 0; i < 12; ++i) {
        const cv::Point a(rng.uniform(0, width), rng.uniform(0, height));
        const cv::Scalar colour(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255));
        if (i % 2) cv::rectangle(img, a, a + cv::Point(width / 8, height / 8), colour, cv::FILLED);
        else cv::circle(img, a, std::max(4, width / 20), colour, cv::FILLED);
    }
    return img;
}

inline std::string encode(const cv::Mat& img, const std::string& ext, std::vector<int> params = {}) {
    std::vector<uchar> buf;
    if (!cv::imencode(ext, img, buf, params)) throw std::runtime_error("cannot encode " + ext);
    return std::string(buf.begin(), buf.end());
}

inline std::string jpeg(const cv::Mat& img, int quality = 85) {
    return encode(img, ".jpg", {cv::IMWRITE_JPEG_QUALITY, quality});
}

struct Exif {
    std::optional<std::pair<double, double>> gps; // written as given, even out of range
    std::string make, model;
    std::string taken;        // "2025:03:06 10:47:00"
    std::string offset;       // "+00:00", or empty
    int orientation = 0;      // 0: not written
    std::string latitude_as_text; // writes GPSLatitude as ASCII (a malformed file)
};

inline std::string dms(double degrees) {
    degrees = std::fabs(degrees);
    const int d = static_cast<int>(degrees);
    const double m_full = (degrees - d) * 60;
    const int m = static_cast<int>(m_full);
    const long s = std::lround((m_full - m) * 60 * 10000);
    return std::to_string(d) + "/1 " + std::to_string(m) + "/1 " + std::to_string(s) + "/10000";
}

// The image with this EXIF, written by exiv2 (in memory).
inline std::string with_exif(const std::string& image_bytes, const Exif& spec) {
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(image_bytes.data()),
                                           static_cast<long>(image_bytes.size()));
    image->readMetadata();
    Exiv2::ExifData exif;
    if (!spec.make.empty()) exif["Exif.Image.Make"] = spec.make;
    if (!spec.model.empty()) exif["Exif.Image.Model"] = spec.model;
    if (!spec.taken.empty()) exif["Exif.Photo.DateTimeOriginal"] = spec.taken;
    if (!spec.offset.empty()) exif["Exif.Photo.OffsetTimeOriginal"] = spec.offset;
    if (spec.orientation) exif["Exif.Image.Orientation"] = static_cast<std::uint16_t>(spec.orientation);
    if (spec.gps) {
        auto [lat, lon] = *spec.gps;
        Exiv2::URationalValue la, lo;
        la.read(dms(lat));
        lo.read(dms(lon));
        exif["Exif.GPSInfo.GPSLatitudeRef"] = lat < 0 ? "S" : "N";
        exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), &la);
        exif["Exif.GPSInfo.GPSLongitudeRef"] = lon < 0 ? "W" : "E";
        exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"), &lo);
    }
    if (!spec.latitude_as_text.empty()) {
        Exiv2::AsciiValue text(spec.latitude_as_text);
        exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), &text);
        exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"), &text);
    }
    image->setExifData(exif);
    image->writeMetadata();
    Exiv2::BasicIo& io = image->io();
    io.open();
    Exiv2::DataBuf buf = io.read(static_cast<long>(io.size()));
    io.close();
    return std::string(reinterpret_cast<const char*>(buf.pData_), static_cast<std::size_t>(buf.size_));
}

// A greyscale GIF89a with 9-bit LZW codes and a clear code every 250 pixels, so the dictionary
// never grows past 9 bits: valid, if not small.
inline std::string gif(const cv::Mat& grey) {
    std::string out = "GIF89a";
    auto u16 = [&](int v) { out += static_cast<char>(v & 255); out += static_cast<char>((v >> 8) & 255); };
    u16(grey.cols);
    u16(grey.rows);
    out += static_cast<char>(0xF7); // global colour table, 256 entries
    out += '\0';
    out += '\0';
    for (int i = 0; i < 256; ++i) out += std::string(3, static_cast<char>(i));
    out += ',';
    u16(0); u16(0); u16(grey.cols); u16(grey.rows);
    out += '\0';
    out += static_cast<char>(8); // LZW minimum code size
    std::string data;
    std::uint32_t acc = 0;
    int bits = 0;
    auto code = [&](int c) {
        acc |= static_cast<std::uint32_t>(c) << bits;
        bits += 9;
        while (bits >= 8) { data += static_cast<char>(acc & 255); acc >>= 8; bits -= 8; }
    };
    int run = 0;
    code(256);
    for (int y = 0; y < grey.rows; ++y)
        for (int x = 0; x < grey.cols; ++x) {
            if (run++ == 250) { code(256); run = 1; }
            code(grey.at<uchar>(y, x));
        }
    code(257);
    if (bits) data += static_cast<char>(acc & 255);
    for (std::size_t at = 0; at < data.size(); at += 255) {
        const std::size_t n = std::min<std::size_t>(255, data.size() - at);
        out += static_cast<char>(n);
        out += data.substr(at, n);
    }
    out += '\0';
    out += ';';
    return out;
}

// A real JPEG whose SOF header claims width x height (a decompression bomb's header).
inline std::string jpeg_claiming(int width, int height) {
    std::string bytes = jpeg(scene(64, 48));
    for (std::size_t i = 2; i + 9 < bytes.size(); ++i)
        if (static_cast<uchar>(bytes[i]) == 0xFF && static_cast<uchar>(bytes[i + 1]) == 0xC0) {
            bytes[i + 5] = static_cast<char>(height >> 8); bytes[i + 6] = static_cast<char>(height & 255);
            bytes[i + 7] = static_cast<char>(width >> 8);  bytes[i + 8] = static_cast<char>(width & 255);
            return bytes;
        }
    throw std::runtime_error("no SOF0 marker");
}

// A real PNG whose IHDR claims width x height (the CRC is left stale, as an attacker would).
inline std::string png_claiming(std::uint32_t width, std::uint32_t height) {
    std::string bytes = encode(scene(32, 32), ".png");
    for (int i = 0; i < 4; ++i) {
        bytes[16 + static_cast<std::size_t>(i)] = static_cast<char>((width >> (24 - 8 * i)) & 255);
        bytes[20 + static_cast<std::size_t>(i)] = static_cast<char>((height >> (24 - 8 * i)) & 255);
    }
    return bytes;
}

} // namespace audit::test::media
