/* cli-render.h: `entente render`. */
#pragma once

int ent_cli_render (int argc, char **argv);
