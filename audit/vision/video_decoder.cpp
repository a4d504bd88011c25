// Videos (MP4/MOV/AVI) and GIFs through libav, read from memory: the container's tags (GPS in
// QuickTime ©xyz, creation time, make and model) and a few keyframes spread over the duration,
// each converted straight to greyscale at analysis scale by swscale.
#include "audit/vision/image_decoder.hpp"
#include "audit/vision/media_metadata.hpp"
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}
#include <cstring>
#include <memory>
#include <mutex>

namespace audit {

namespace {

struct MemoryInput {
    std::string_view bytes;
    std::int64_t pos = 0;
};

int read_packet(void* opaque, std::uint8_t* buf, int size) {
    auto* in = static_cast<MemoryInput*>(opaque);
    const auto left = static_cast<std::int64_t>(in->bytes.size()) - in->pos;
    if (left <= 0) return AVERROR_EOF;
    const int n = static_cast<int>(std::min<std::int64_t>(left, size));
    std::memcpy(buf, in->bytes.data() + in->pos, static_cast<std::size_t>(n));
    in->pos += n;
    return n;
}

std::int64_t seek(void* opaque, std::int64_t offset, int whence) {
    auto* in = static_cast<MemoryInput*>(opaque);
    const auto size = static_cast<std::int64_t>(in->bytes.size());
    if (whence & AVSEEK_SIZE) return size;
    std::int64_t to = offset;
    if ((whence & 3) == SEEK_CUR) to = in->pos + offset;
    else if ((whence & 3) == SEEK_END) to = size + offset;
    if (to < 0 || to > size) return -1;
    in->pos = to;
    return to;
}

struct AvioDeleter {
    void operator()(AVIOContext* io) const {
        av_freep(&io->buffer);
        avio_context_free(&io);
    }
};
struct FormatDeleter {
    void operator()(AVFormatContext* f) const { avformat_close_input(&f); }
};
struct CodecDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};

std::string av_error(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

std::string tag(const AVDictionary* dict, const char* key) {
    const AVDictionaryEntry* e = av_dict_get(dict, key, nullptr, 0);
    return e && e->value ? e->value : "";
}

void read_tags(const AVFormatContext& fmt, VideoFrames& out) {
    std::string where = tag(fmt.metadata, "location");
    if (where.empty()) where = tag(fmt.metadata, "com.apple.quicktime.location.ISO6709");
    if (!where.empty()) {
        out.gps = parse_iso6709(where);
        if (!out.gps || !gps_problem(out.gps->lat, out.gps->lon).empty()) {
            out.gps.reset();
            out.gps_text = where;
        }
    }
    out.camera_make = tag(fmt.metadata, "com.apple.quicktime.make");
    out.camera_model = tag(fmt.metadata, "com.apple.quicktime.model");
    bool zoned = false;
    if (auto t = parse_exif_time(tag(fmt.metadata, "creation_time"), "Z", zoned)) out.created = *t;
}

// Converts one decoded frame to greyscale at analysis size.
AnalysisImage grey_frame(const AVFrame& frame, const DecodeLimits& limits) {
    const PixelSize full{frame.width, frame.height};
    const PixelSize size = analysis_size(full, limits);
    cv::Mat grey(size.height, size.width, CV_8UC1);
    SwsContext* sws = sws_getContext(frame.width, frame.height, static_cast<AVPixelFormat>(frame.format),
                                     size.width, size.height, AV_PIX_FMT_GRAY8, SWS_AREA, nullptr,
                                     nullptr, nullptr);
    if (!sws) return {};
    std::uint8_t* dst[4] = {grey.data, nullptr, nullptr, nullptr};
    int dst_stride[4] = {static_cast<int>(grey.step), 0, 0, 0};
    sws_scale(sws, frame.data, frame.linesize, 0, frame.height, dst, dst_stride);
    sws_freeContext(sws);
    return AnalysisImage{grey, full};
}

// The next frame decoded from `stream`, or false at the end or on an error.
bool next_frame(AVFormatContext& fmt, AVCodecContext& codec, int stream, AVPacket& packet, AVFrame& frame) {
    for (int budget = 0; budget < 2000; ++budget) {
        if (avcodec_receive_frame(&codec, &frame) == 0) return true;
        const int rc = av_read_frame(&fmt, &packet);
        if (rc < 0) {
            avcodec_send_packet(&codec, nullptr); // drain
            return avcodec_receive_frame(&codec, &frame) == 0;
        }
        if (packet.stream_index == stream) avcodec_send_packet(&codec, &packet);
        av_packet_unref(&packet);
    }
    return false;
}

} // namespace

Result<VideoFrames> decode_video(std::string_view bytes, int count, const DecodeLimits& limits) {
    static std::once_flag quiet;
    std::call_once(quiet, [] { av_log_set_level(AV_LOG_QUIET); });
    MemoryInput input{bytes, 0};
    constexpr int k_buffer = 64 * 1024;
    auto* buffer = static_cast<unsigned char*>(av_malloc(k_buffer));
    std::unique_ptr<AVIOContext, AvioDeleter> io(
        avio_alloc_context(buffer, k_buffer, 0, &input, read_packet, nullptr, seek));
    if (!io) return fail("out of memory opening the video");
    AVFormatContext* raw = avformat_alloc_context();
    raw->pb = io.get();
    raw->flags |= AVFMT_FLAG_CUSTOM_IO;
    if (int rc = avformat_open_input(&raw, nullptr, nullptr, nullptr); rc < 0)
        return fail("corrupt video: " + av_error(rc)); // avformat_open_input freed `raw`
    std::unique_ptr<AVFormatContext, FormatDeleter> fmt(raw);
    if (int rc = avformat_find_stream_info(fmt.get(), nullptr); rc < 0)
        return fail("corrupt video: " + av_error(rc));
    VideoFrames out;
    read_tags(*fmt, out);
    const AVCodec* decoder = nullptr;
    const int stream = av_find_best_stream(fmt.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (stream < 0 || !decoder) return fail("no video stream it can decode");
    const AVCodecParameters* par = fmt->streams[stream]->codecpar;
    if (auto why = refuse_size({par->width, par->height}, limits); !why.empty())
        return fail("video " + std::string(why));
    std::unique_ptr<AVCodecContext, CodecDeleter> codec(avcodec_alloc_context3(decoder));
    avcodec_parameters_to_context(codec.get(), par);
    codec->thread_count = 1; // the stage's workers are the parallelism
    if (int rc = avcodec_open2(codec.get(), decoder, nullptr); rc < 0)
        return fail("cannot decode this video: " + av_error(rc));
    std::unique_ptr<AVPacket, PacketDeleter> packet(av_packet_alloc());
    std::unique_ptr<AVFrame, FrameDeleter> frame(av_frame_alloc());
    const AVStream* st = fmt->streams[stream];
    const std::int64_t duration = st->duration > 0 ? st->duration
        : (fmt->duration > 0 ? av_rescale_q(fmt->duration, AV_TIME_BASE_Q, st->time_base) : 0);
    for (int k = 0; k < count; ++k) {
        if (k > 0) {
            if (duration <= 0) break;
            const std::int64_t at = (st->start_time == AV_NOPTS_VALUE ? 0 : st->start_time) + duration * k / count;
            if (av_seek_frame(fmt.get(), stream, at, AVSEEK_FLAG_BACKWARD) < 0) break;
            avcodec_flush_buffers(codec.get());
        }
        if (!next_frame(*fmt, *codec, stream, *packet, *frame)) break;
        AnalysisImage image = grey_frame(*frame, limits);
        av_frame_unref(frame.get());
        if (!image.grey.empty()) out.frames.push_back(std::move(image));
    }
    if (out.frames.empty() && count > 0) return fail("corrupt video: no frame could be decoded");
    return out;
}

} // namespace audit
