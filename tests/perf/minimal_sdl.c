/* The baseline for tests/perf/measure.sh: the smallest SDL program that opens a 1280x720
 * window and animates a rectangle at a 60 fps cap. Argument: "software" (SDL's software
 * renderer, framebuffer acceleration off) or "default" (SDL's first choice, often GL).
 * Prints the wall-clock time of its first presented frame, in the same form as filmquiz. */
#include <SDL.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

int main(int argc, char** argv) {
    const int software = argc > 1 && strcmp(argv[1], "software") == 0;
    const int seconds = argc > 2 ? atoi(argv[2]) : 10;
    if (software) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) return 1;
    SDL_Window* w = SDL_CreateWindow("minimal", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                     1280, 720, SDL_WINDOW_RESIZABLE);
    SDL_Renderer* r = SDL_CreateRenderer(w, -1, software ? SDL_RENDERER_SOFTWARE : 0);
    if (w == NULL || r == NULL) return 1;
    const Uint32 start = SDL_GetTicks();
    Uint32 next = start;
    int frames = 0;
    for (;;) {
        SDL_Event e;
        while (SDL_PollEvent(&e)) {
            if (e.type == SDL_QUIT) return 0;
        }
        const Uint32 now = SDL_GetTicks();
        if (now - start > (Uint32)seconds * 1000) break;
        SDL_SetRenderDrawColor(r, 42, 26, 46, 255);
        SDL_RenderClear(r);
        SDL_SetRenderDrawColor(r, 242, 163, 132, 255);
        SDL_Rect rect = {(int)(now / 4 % 1180), 300, 100, 100};
        SDL_RenderFillRect(r, &rect);
        SDL_RenderPresent(r);
        if (frames++ == 0) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            fprintf(stderr, "first paint at %lld ns\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
        }
        next += 1000 / 60;
        const Uint32 after = SDL_GetTicks();
        if (next > after) SDL_Delay(next - after);
    }
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(w);
    SDL_Quit();
    return 0;
}
