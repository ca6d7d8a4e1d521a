#pragma once

// Small helpers the C++ benchmarks share.

#include <QList>

#include <sys/resource.h>

#include <algorithm>

namespace Revaer::Bench {

// CPU time (user + system) in milliseconds, of the process (RUSAGE_SELF) or
// of the calling thread (RUSAGE_THREAD).
inline double cpuMs(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace Revaer::Bench
