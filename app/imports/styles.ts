// Class names shared by the import screens, so buttons and fields look the same on every step.

export const primaryButton =
  "inline-flex items-center justify-center rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-gray-300 disabled:text-gray-600";

export const secondaryButton =
  "inline-flex items-center justify-center rounded-tremor-default border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 shadow-tremor-input hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-60";

export const selectControl = "w-full rounded-tremor-small border-gray-300 py-1.5 pr-8 text-sm text-gray-900 shadow-tremor-input";

export const fieldLabel = "mb-1 block text-xs font-medium text-gray-600";

export const card = "rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card";

export const sectionHeading = "text-base font-semibold text-gray-900 focus:outline-none";
