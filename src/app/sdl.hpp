// RAII owners for SDL and SDL_ttf handles, and a checked-call helper. (SDL_mixer's chunks
// belong to app/sound.cpp, which loads SDL_mixer at run time.)
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include <SDL.h>
#include <SDL_mixer.h>
#include <SDL_ttf.h>

namespace filmquiz::app {

struct SdlDeleter {
    void operator()(SDL_Window* p) const { SDL_DestroyWindow(p); }
    void operator()(SDL_Renderer* p) const { SDL_DestroyRenderer(p); }
    void operator()(SDL_Texture* p) const { SDL_DestroyTexture(p); }
    void operator()(SDL_Surface* p) const { SDL_FreeSurface(p); }
    void operator()(TTF_Font* p) const { TTF_CloseFont(p); }
    void operator()(SDL_GameController* p) const { SDL_GameControllerClose(p); }
};

using WindowPtr = std::unique_ptr<SDL_Window, SdlDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, SdlDeleter>;
using ControllerPtr = std::unique_ptr<SDL_GameController, SdlDeleter>;

class SdlError : public std::runtime_error {
  public:
    explicit SdlError(const std::string& what) : std::runtime_error(what + ": " + SDL_GetError()) {}
};

// Throws SdlError naming `what` when an SDL call returned a null handle.
template <typename T>
T* checked(T* handle, const char* what) {
    if (handle == nullptr)
        throw SdlError(what);
    return handle;
}

}  // namespace filmquiz::app
